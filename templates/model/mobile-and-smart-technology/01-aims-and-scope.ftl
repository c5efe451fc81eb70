<@clause id="title">
## Policy aims and scope
</@clause>

<#-- The acknowledgement names the model this policy is built on: The Education People's template. -->
<@clause id="policy-has-been">
- This policy has been written by ${school.name}${m.involving()}, building on The Education People's mobile and smart technology policy template, with specialist advice and input as required. It takes into account the DfE statutory guidance <@m.guidanceList/> and the local <@m.partnership/> procedures.
</@clause>
<@clause id="purpose-policy-safeguard">
- The purpose of this policy is to safeguard and promote the welfare of all members of ${school.theShortName()} community when using mobile devices and smart technology.
<@clause id="recognises-online-safety">
  - ${school.shortName} recognises that online safety is an essential part of safeguarding and acknowledges its duty to ensure that all ${w.children} and staff are protected from potential harm when using mobile and smart technology.
</@clause>
<@clause id="outlined-policy-designated">
<#-- Several designated safeguarding leads share the responsibility: all are named, as the social media policy names them, never the first alone. -->
  - As outlined in our ${m.cp()} policy, <#if (school.dsls?size > 1)>the Designated Safeguarding Leads (DSLs), ${fmt.list(school.dsls?map(d -> d.name?string))}, are<#else>the Designated Safeguarding Lead (DSL)<#if school.dsl??>, ${school.dsl.nameAndRole},</#if> is</#if> recognised as having overall responsibility for online safety.
</@clause>
</@clause>
<@clause id="policy-applies-access">
- This policy applies to all access to and use of all mobile and smart technology on site; this includes but is not limited to mobile/smart phones and personal devices such as tablets, e-readers, games consoles and wearable technology, such as smart watches and fitness trackers, which facilitate communication or have the capability to record sound and/or images.
<#-- Schools have teachers where early years settings and clubs have key persons (SettingType). -->
</@clause>
<@clause id="policy-applies-parents">
- This policy applies to ${w.children}, parents/carers and all staff, including the ${w.governors}, leadership team, ${p.school.type.practitioners}, support staff, external contractors, visitors, volunteers and other individuals who work for, or provide services on behalf of the ${w.setting} (collectively referred to as "staff" in this policy).
</@clause>
