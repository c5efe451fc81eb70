## Links with other policies

<#-- A trust or group's own policies come first, named as the group's; then the school's list. -->
<#if school.group?? || p.linkedPolicies.mobile?has_content>
- This policy links with several other policies, practices and action plans, including but not limited to:
<#if school.group??>
<#list school.group.policies as policy>
  - ${school.group.name}'s ${policy}
</#list>
</#if>
<#list p.linkedPolicies.mobile as policy>
  - ${policy}
</#list>
</#if>
