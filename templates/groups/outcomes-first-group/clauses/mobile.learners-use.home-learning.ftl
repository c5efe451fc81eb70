<#-- Outcomes First Group's wording of one model clause (mobile.learners-use.home-learning); the rest of the section follows the model. -->
- Where ${childrens} mobile phones or personal devices are used when learning at home, this will be in accordance with the ${w.acceptableUse}.
