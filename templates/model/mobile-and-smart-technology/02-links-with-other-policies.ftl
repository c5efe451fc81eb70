<#-- A trust or group's own policies come first, named as the group's; then the school's list. With
     neither, the section is left out. -->
<#if school.group?? || p.linkedPolicies.mobile?has_content>
<@clause id="title">
## Links with other policies
</@clause>

<@clause id="policy-links-several">
- This policy links with several other policies, practices and action plans, including but not limited to:
<#-- Each policy once: a school that lists its group's policy too gets it once, as the group's. A name that says
     whose it is already ("Federation Staff Code of Conduct", "The Brook Trust Safeguarding Policy") is not prefixed. -->
<#assign groupPolicies = (school.group.policies)![]>
<#if school.group??>
<#list groupPolicies as policy>
  - <#if policy?lower_case?starts_with(school.group.word?lower_case) || policy?contains(school.group.name)>${policy}<#else>${fmt.possessive(school.group.name)} ${policy}</#if>
</#list>
</#if>
<#list p.linkedPolicies.mobile as policy>
<#if !groupPolicies?seq_contains(policy)>
  - ${policy}
</#if>
</#list>
</@clause>
</#if>
