<#-- A trust or group's own policies come first, named as the group's; then the school's list. With
     neither, the section is left out. -->
<#if school.group?? || p.linkedPolicies.mobile?has_content>
<@clause id="title">
## Links with other policies
</@clause>

<@clause id="policy-links-several">
- This policy links with several other policies, practices and action plans, including but not limited to:
<#if school.group??>
<#list school.group.policies as policy>
  - ${school.group.name}'s ${policy}
</#list>
</#if>
<#list p.linkedPolicies.mobile as policy>
  - ${policy}
</#list>
</@clause>
</#if>
