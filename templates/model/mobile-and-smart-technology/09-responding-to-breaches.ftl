<#assign onlineSafety = m.hasOnlineSafetyPolicy()>
<@clause id="title">
## Responding to policy breaches
</@clause>

<@clause id="members-community-informed">
- All members of the community are informed of the need to report policy breaches or concerns in line with existing ${w.setting} policies and procedures, as part of their induction and training. This includes ${m.cp()}, behaviour<#if onlineSafety>, whistleblowing and online safety<#else> and whistleblowing</#if> policies and our ${w.codeOfConduct}.
</@clause>
<@clause id="where-breach-policy">
- Where ${w.children} breach this policy:
<@clause id="appropriate-action-which">
  - appropriate action, which may include sanctions and/or pastoral/welfare support, will be implemented in line with our behaviour policy<#if school.group??> and other ${w.setting} and ${school.group.word} policies</#if>.
</@clause>
<@clause id="concerns-regarding-policy">
  - concerns regarding policy breaches by ${w.children}<#if m.adultLearners()> under 18</#if> will be shared with parents/carers as appropriate, unless this creates a risk to the child.
</@clause>
<@clause id="where-there-concern">
  - where there is a concern that a child is at risk of harm, we will respond in line with our ${m.cp()} policy.
</@clause>
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
<@clause id="parents-carers-staff">
- ${w.children?cap_first}, parents/carers and staff will be informed of our complaints procedure and staff will be made aware of the whistleblowing procedure.
</@clause>
<@clause id="we-unsure-how">
- If we are unsure how to proceed with an incident or concern, the DSL (or a deputy) or ${w.leader} will seek advice from <@m.adviceService/> or other agency in accordance with our ${m.cp()} policy.
</@clause>
<@clause id="where-there-concern-2">
- Where there is a concern that illegal activity has taken place, we will contact the police using 101, or 999 if there is immediate danger or risk of harm.
<#-- A group may need to hear of serious incidents from its schools (the schedule, when printed, says so). -->
</@clause>
<#if school.group?? && school.group.headOfSafeguarding?? && !p.documents.frontMatter?seq_contains("SCHEDULE")>
<@clause id="should-serious-online">
- Should serious online or mobile device related safety incidents take place, the following ${school.group.name} colleagues must be informed: ${school.group.headOfSafeguarding.nameAndRole}.
</@clause>
</#if>
