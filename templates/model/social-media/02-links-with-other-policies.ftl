<#if p.linkedPolicies.socialMedia?has_content>
<#assign mentionsMobile = false>
<#assign mobileTitle = school.policyTitles.mobile>
<#list p.linkedPolicies.socialMedia as policy><#if policy?lower_case?contains("mobile") || policy?lower_case?contains(mobileTitle?lower_case)><#assign mentionsMobile = true></#if></#list>
<@clause id="title">
## Links with other policies
</@clause>

<@clause id="policy-links-several">
- This policy links with several other policies, practices and action plans, including but not limited to:
<#list p.linkedPolicies.socialMedia as policy>
  - ${policy}
</#list>
<#if !mentionsMobile>
<#if doc.combined>
<@clause id="mobile-smart-technology">
  - Mobile and smart technology (Part A of this policy)
</@clause>
<#else>
  - ${mobileTitle}
</#if>
</#if>
</@clause>
</#if>
