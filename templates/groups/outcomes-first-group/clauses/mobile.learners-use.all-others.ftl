<#-- Outcomes First Group's wording of one model clause (mobile.learners-use.all-others); the rest of the section follows the model. -->
- All other ${w.children} are not allowed mobile phones ${m.place("within")} at any time${ld.exceptNeeds()}.
