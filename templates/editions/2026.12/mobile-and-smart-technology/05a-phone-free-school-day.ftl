<#-- Edition 2026.12, policygen's own wording: the DfE's Mobile phones in schools guidance (January 2026) and
     the duty to have regard to it. Schools only (the guidance is written for schools, not early years
     settings or clubs). The phone-free day is stated only where the school's own rules make it true:
     a school that lets children use phones at break or in lessons is not told it is phone-free
     (`check` warns it instead). -->
<#import "/_learner-devices.ftl" as ld>
<#assign lp = p.learnerPhones>
<#assign Children = w.children?cap_first>
<#assign learnersSection = m.poss(w.children)?cap_first + " use of mobile and smart technology">
<#-- Phone-free unless children may use phones at break or in lessons. A designated area where some year
     groups may use theirs (a sixth form's) is the school's stated exception, said as such; a whole-school
     ban makes the day phone-free by itself, so it is given as the reason, not repeated as a second rule. -->
<#assign phoneFree = !lp.breakTimeUse && !lp.curriculumUseWithApproval>
<#assign areaRules = lp.allowed?filter(r -> r.usesInAreas())>
<#if !m.earlyYearsSetting() && g.mobilePhones??>
<#-- The heading says "phone-free" only where the school's rules make it so. -->
## ${phoneFree?then("A phone-free " + w.setting + " day", "Mobile phones during the " + w.setting + " day")}

<#if g.phonesDuty??>
<@clause id="duty" source="policygen" meets="mobilePhones,phonesDuty">
- Headteachers and proprietors must have regard to the DfE's ‘<@m.link text=g.mobilePhones.title url=(g.mobilePhones.url)!""/>’ guidance (${g.mobilePhones.year}), under section 550C of the Education Act 1996, inserted by section 36 of the ${g.phonesDuty.title} ${g.phonesDuty.year} and in force from 29 June 2026.
</@clause>
</#if>
<#if phoneFree>
<@clause id="whole-day" source="policygen" meets="mobilePhones">
<#if lp.wholeSchoolBan>
- Because ${w.children} do not bring mobile phones, smartwatches or other personal devices ${m.place("to")}, ${school.shortName} is phone-free for the whole ${w.setting} day.
<#else>
- ${school.shortName} is phone-free for the whole ${w.setting} day: ${w.children} do not use mobile phones in lessons, between lessons, at break or at lunch<#if areaRules?has_content>, with the exception below</#if>.
</#if>
</@clause>
<#if areaRules?has_content>
<@clause id="designated-areas" source="policygen" meets="mobilePhones">
<#assign exceptionWord = (areaRules?size == 1)?then("one exception", "these exceptions")>
<#-- Boarders in these year groups may use phones in the boarding houses too: the areas are the only ones in the school day. -->
<#assign boardingOrders = []>
<#list lp.boarding as b><#assign boardingOrders += b.yearGroups.groups?map(g -> g.order)></#list>
<#assign areasBoard = false>
<#list areaRules as r><#list r.yearGroups.groups as g><#if boardingOrders?seq_contains(g.order)><#assign areasBoard = true></#if></#list></#list>
- The ${w.setting} has decided on ${exceptionWord} for whole year groups: <#list areaRules as r>${w.children} in ${r.yearGroups} may use their phones in ${fmt.or(r.mayUseIn)}<#if r.mayUseWhen??> ${r.mayUseWhen}</#if><#sep>; </#list>, and nowhere else on site<#if areasBoard> in the school day</#if>, as set out under ‘${learnersSection}’.
</@clause>
</#if>
<#-- Said here only where the learners' section does not already say how smartwatches are treated. -->
<#if lp.smartwatches?string == "NOT_STATED" && !lp.wholeSchoolBan>
<@clause id="connected-devices" source="policygen" meets="mobilePhones">
- The same rules apply to smartwatches and other connected devices that can make calls, send messages, take photographs or go online.
</@clause>
</#if>
<#if !lp.wholeSchoolBan>
<@clause id="not-for-learning" source="policygen" meets="mobilePhones">
<#assign notUsed = areaRules?has_content?then("Outside " + (areaRules?size == 1)?then("that exception", "those exceptions") + ", mobile", "Mobile")>
<#-- A device a learner needs because of SEND (a communication aid) is used for learning: said, so this rule does not deny it. -->
- ${notUsed} phones are not used for learning, for example as calculators or for research<#if lp.exceptionsOf("SEND")?has_content>, other than a device an individual arrangement provides for, such as a communication aid</#if>.
</@clause>
</#if>
<#-- Only the exceptions the school chose (its learner_phones.exceptions), and the general route its
     learners' section gives for any other exceptional circumstance. -->
<@clause id="exceptions" source="policygen" meets="mobilePhones">
<#assign theOnly = areaRules?has_content?then("The other", "The")>
<#-- "The only exceptions are X" and then "any other" would contradict itself: the other route is named only where the school keeps it. -->
- ${theOnly} exceptions are <#if lp.exceptions?has_content>individual arrangements ${fmt.list(lp.exceptionNeeds?map(n -> "for " + n))}<#if ld.otherCircumstances()>, and arrangements for an individual ${w.child} in other exceptional circumstances the ${w.leader} agrees</#if><#else>individual arrangements in exceptional circumstances, such as a medical need, agreed with the ${w.leader}</#if>. Each is agreed in advance and recorded, as set out under ‘${learnersSection}’.
</@clause>
</#if>
<@clause id="staff-in-front" source="policygen" meets="mobilePhones">
<#-- The same exception as the staff section's: permission, an emergency being one reason for it, never a second rule. -->
- Staff do not use their personal mobile phones where ${w.children} can see them, unless ${m.staffPermission()} has given ${ld.writtenPermission()}permission, such as in an emergency.
</@clause>
<@clause id="school-devices" source="policygen" meets="mobilePhones">
- Devices the ${w.setting} provides, such as laptops and tablets, are outside these phone rules; their use is set out under ‘${w.setting?cap_first}-provided mobile phones and devices’ and in our ${w.acceptableUse}.
</@clause>
<@clause id="communicated" source="policygen" meets="mobilePhones">
- The ${w.setting} explains its rules on mobile phones to ${w.children} when they join and at the start of each school year, and to parents and carers when their child joins; this policy is published on the ${w.setting}'s website.
</@clause>
<@clause id="consistent" source="policygen" meets="mobilePhones">
- The ${w.leader} and senior leaders check that the rules are applied consistently, including by keeping a record of devices confiscated, and report on this to the ${w.governors} when this policy is reviewed.
</@clause>
</#if>
