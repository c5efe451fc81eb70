<#-- PLACEHOLDER: the AUP helper replaces this with the model's statements. -->
## Using technology safely

- I will use ${school.name}'s devices and systems in line with this policy.
