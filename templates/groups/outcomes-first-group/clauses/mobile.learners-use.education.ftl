<#-- Outcomes First Group's wording of one model clause (mobile.learners-use.education); the rest of the section follows the model. -->
- ${Children} will be educated regarding the safe and appropriate use of mobile and smart technology, including mobile phones and personal devices, and will be made aware of behaviour expectations and consequences for policy breaches.
<@clause id="taught">
- Safe and appropriate use of mobile and smart technology will be taught as part of an embedded and progressive safeguarding education approach using age-appropriate sites and resources.
</@clause>
