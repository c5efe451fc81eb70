<#-- Outcomes First Group's wording of one model clause (mobile.aims-and-scope.policy-has-been); the rest of the section follows the model. -->
<#assign advice = school.advice>
- This policy has been developed in line with DfE guidance <@m.guidanceList/> and the local <@m.partnership/> procedures.
<#-- The local authority's referral route, from the local authority's layer (e.g. Hampshire's). -->
<#if advice.referralContacts?has_content || advice.referralNotes??>
- The local authority safeguarding referral procedure:<#if advice.referralNotes??> ${advice.referralNotes}</#if><#if advice.partnershipUrl??> More information on how to make a referral can be found on the <@m.link text=(advice.partnershipAbbreviation!advice.partnership) + " procedures website" url=advice.partnershipUrl/>.</#if>
<@m.referralContacts/>
</#if>
