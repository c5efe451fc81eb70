<#-- Outcomes First Group's wording of one model clause (mobile.learners-use.use-on-site); the rest of the section follows the model. The group's use at break or in free time is a bullet of its own (mobile.learners-use.break-time), after this one. -->
- Mobile phones and/or personal devices will not be used on site by ${w.children}<#if lp.staffMayPermit() || lp.anyAreaUse()>, except as set out below</#if>.
<@clause id="in-lessons">
  - Mobile phones or personal devices will not be used by ${w.children} during lessons or formal educational time<#if lp.curriculumUseWithApproval>, unless as part of an approved and directed curriculum-based activity with consent from a member of staff</#if>.
</@clause>
<#if lp.curriculumUseWithApproval>
<@clause id="curriculum-use">
  - The use of personal mobile phones or devices for a specific education purpose does not mean that blanket use is permitted.
</@clause>
<@clause id="curriculum-approval">
  - Staff will only allow ${w.children} to use their mobile phones or personal devices as part of an educational activity, following a risk assessment, with approval from the ${w.setting}'s Senior Leadership Team (SLT).
</@clause>
</#if>
<#if lp.breakTimeUse>
<@clause id="break-time">
- Mobile phones or personal devices can be used by ${w.children} during break or free time, but any use must be in accordance with the ${w.setting}'s anti-bullying and behaviour policy. If ${w.children} breach our policies, this may be revoked.
</@clause>
</#if>
