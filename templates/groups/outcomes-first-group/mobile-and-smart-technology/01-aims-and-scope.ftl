<#-- Outcomes First Group's version of section 1: the group's policy statement and the local
     referral route come first, then the model's aims in the group's wording. -->
<#assign group = school.group>
<#assign advice = school.advice>
## Policy statement

${group.name} places the safety of young people as its highest priority, including safeguarding children and young people when using digital technology and mobile devices. Whilst regulation and technical solutions are very important, their use must be balanced by educating ${w.children} to take a responsible approach. The education of ${w.children} in online safety and the safe use of technology is therefore an essential part of the ${w.setting}'s provision. Children and young people need the help and support of the ${w.setting} to recognise and avoid online and technology-related safety risks and build their resilience.

<@clause id="policy-has-been">
- This policy has been written by ${school.name}, building on ${group.name}'s policy and The Education People's mobile and smart technology policy template. This policy has been developed in line with DfE guidance <@m.guidanceList/> and the local <@m.partnership/> procedures.
<#-- The local authority's referral route, from the local authority's layer (e.g. Hampshire's). -->
</@clause>
<#if advice.referralContacts?has_content || advice.referralNotes??>
<@clause id="local-authority-safeguarding">
- The local authority safeguarding referral procedure:<#if advice.referralNotes??> ${advice.referralNotes}</#if><#if advice.partnershipUrl??> More information on how to make a referral can be found on the <@m.link text=(advice.partnershipAbbreviation!advice.partnership) + " procedures website" url=advice.partnershipUrl/>.</#if>
</@clause>
<@m.referralContacts/>
</#if>
<@clause id="purpose-policy-safeguard">
- The purpose of this policy is to safeguard and promote the welfare of all members of the ${school.shortName} community when using mobile devices and smart technology.
<@clause id="recognises-safety-when">
  - ${school.shortName} recognises that safety when using mobile devices and smart technology is an essential part of safeguarding and acknowledges its duty to ensure that all ${w.children} and staff are protected from potential harm when using technology.
</@clause>
<@clause id="outlined-policy-designated">
  - As outlined in our ${m.cp()} policy, the Designated Safeguarding Lead (DSL)<#if school.dsl??>, ${school.dsl.nameAndRole},</#if> is recognised as having overall responsibility for online safety.
</@clause>
</@clause>
<@clause id="policy-applies-access">
- This policy applies to all access to and use of all mobile and smart technology on site; this includes mobile phones and personal devices such as tablets, e-readers, games consoles and wearable technology, such as smart watches and fitness trackers, which facilitate communication or have the capability to record sound or images. The ${w.setting} will educate and support ${w.children} to help them take responsibility to stay safe when using technology ${m.place("outside of")}.
</@clause>
<@clause id="policy-applies-parents">
- This policy applies to ${w.children}, parents/carers and all staff, including the ${w.governors}, leadership team, teachers, support staff, external contractors, visitors, volunteers and other individuals who work for, or provide services on behalf of the ${w.setting}.
</@clause>
