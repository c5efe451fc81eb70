<#import "/_macros-social.ftl" as sm>
<@clause id="title">
## Policy aims and scope
</@clause>

<@clause id="policy-has-been">
- This policy has been written by ${school.name}${m.involving()}, building on The Education People's social media policy template with specialist advice and input as required, taking into account the DfE statutory guidance <@sm.guidance g.keepingChildrenSafe/>, <#if school.earlyYears><@sm.guidance g.earlyYears/>, </#if><@sm.guidance g.workingTogether/><#if p.school.type.school>, <@sm.guidance g.behaviour/></#if> and the local <#if school.advice.partnershipUrl??>${fmt.link(school.advice.partnership, school.advice.partnershipUrl?string)}<#else>${school.advice.partnership}</#if><#if school.advice.partnershipAbbreviation??> (${school.advice.partnershipAbbreviation})</#if> procedures.
</@clause>
<@clause id="purpose-policy-safeguard">
- The purpose of this policy is to safeguard and promote the welfare of all members of ${school.theShortName()} community when using social media.
<@clause id="recognises-online-safety">
  - ${school.shortName} recognises that online safety is an essential part of safeguarding and acknowledges its duty to ensure that all ${w.children} and staff are protected from potential harm when using social media.
</@clause>
<#if school.dsls?size gt 1>
<#assign dslNames = []>
<#list school.dsls as d><#assign dslNames += [d.name?string]></#list>
<@clause id="outlined-child-protection">
  - As outlined in our ${m.cp()} policy, the Designated Safeguarding Leads (DSLs), ${sm.andList(dslNames)}, are recognised as having overall responsibility for online safety.
</@clause>
<#elseif school.dsl??>
<@clause id="outlined-child-protection-2">
  - As outlined in our ${m.cp()} policy, the Designated Safeguarding Lead (DSL), ${school.dsl.nameAndRole()}, is recognised as having overall responsibility for online safety.
</@clause>
<#else>
<@clause id="outlined-child-protection-3">
  - As outlined in our ${m.cp()} policy, the Designated Safeguarding Lead (DSL) is recognised as having overall responsibility for online safety.
</@clause>
</#if>
</@clause>
<@clause id="policy-applies-use">
- The policy applies to all use of social media; the term social media includes, but is not limited to, blogs, wikis, social networking sites, forums, bulletin boards, online gaming, apps, video/photo sharing sites, chatrooms and instant messenger apps or other online communication services.
</@clause>
<@clause id="policy-applies-parents">
- This policy applies to ${w.children}, parents/carers and all staff, including the ${w.governors}, leadership team, ${sm.practitioners()}, support staff, external contractors, visitors, volunteers and other individuals who work for, or provide services on behalf of the ${w.setting} (collectively referred to as "staff" in this policy).
</@clause>
