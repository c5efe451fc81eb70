<#-- Outcomes First Group's wording of one model clause (mobile.learners-use.kept-safe); the rest of the section follows the model. -->
- ${childrens?cap_first} personal devices and mobile phones should be kept safe and secure when on site.
