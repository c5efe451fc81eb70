<#-- In one combined document, Part A's section of the same name covers both parts: printing
     these clauses twice is one of the hand-editing slips policygen exists to prevent. -->
<#if !doc.combined || p.documents.eachPartHasMonitoringAndBreaches>
<@clause id="title">
## Responding to policy breaches
</@clause>

<@clause id="members-community-informed">
- All members of the community are informed of the need to report policy breaches or concerns in line with existing ${w.setting} policies and procedures. This may include the ${m.cp()} policy and code of conduct policy<#if m.socialCitesOnlineSafety()>, the anti-bullying policy and the online safety policy<#else> and the anti-bullying policy</#if>.
</@clause>
<@clause id="after-investigations-completed">
- After any investigations are completed, leadership staff will debrief, identify lessons learnt and implement any policy or curriculum changes, as required.
</@clause>
<@clause id="we-require-staff">
- We require staff, parents/carers and ${w.children} to work in partnership with us to resolve issues.
</@clause>
<@clause id="members-community-respect">
- All members of the community will respect confidentiality and the need to follow the official procedures for reporting concerns.
</@clause>
<@clause id="parents-staff-informed">
- ${w.children?cap_first}, parents and staff will be informed of our complaints procedure and staff will be made aware of the whistleblowing procedure.
</@clause>
<@clause id="we-unsure-how">
- If we are unsure how to proceed with an incident or concern, the DSL (or a deputy) or the ${w.leader} will seek advice from <#if school.advice.serviceUrl??>${school.advice.service} (${fmt.link(school.advice.serviceUrl.host, school.advice.serviceUrl?string)})<#else>${school.advice.service}</#if> or other agency in accordance with our ${m.cp()} policy.
</@clause>
<@clause id="where-there-concern">
- Where there is a concern that illegal activity has taken place, we will contact the police using 101, or 999 if there is immediate danger or risk of harm.
</@clause>
</#if>
