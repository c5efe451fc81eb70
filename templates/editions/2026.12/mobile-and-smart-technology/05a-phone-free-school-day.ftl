<#-- Edition 2026.12, policygen's own wording: the DfE's Mobile phones in schools guidance (January 2026) and
     the duty to have regard to it. Schools only (the guidance is written for schools, not early years
     settings or clubs). The phone-free day is stated only where the school's own rules make it true:
     a school that lets children use phones at break or in lessons is not told it is phone-free
     (`check` warns it instead). -->
<#assign lp = p.learnerPhones>
<#assign Children = w.children?cap_first>
<#-- anyAreaUse (designated areas, e.g. a sixth form's) and smartwatches come with the learners' device
     rules where the model has them; read defensively so this edition works with or without them. -->
<#assign phoneFree = !lp.breakTimeUse && !lp.curriculumUseWithApproval && !((lp.anyAreaUse)!false)>
<#assign watchesBanned = ((lp.smartwatches)!"NOT_STATED")?string == "NOT_ALLOWED">
<#if !m.earlyYearsSetting() && g.mobilePhones??>
<#-- The heading says "phone-free" only where the school's rules make it so. -->
## ${phoneFree?then("A phone-free school day", "Mobile phones during the school day")}

<#if g.phonesDuty??>
<@clause id="duty" source="policygen" meets="mobilePhones,phonesDuty">
- Head teachers and proprietors must have regard to the DfE's ‘<@m.link text=g.mobilePhones.title url=(g.mobilePhones.url)!""/>’ guidance (${g.mobilePhones.year}), under section 550C of the Education Act 1996, inserted by section 36 of the ${g.phonesDuty.title} ${g.phonesDuty.year} and in force from 29 June 2026.
</@clause>
</#if>
<#if phoneFree>
<@clause id="whole-day" source="policygen" meets="mobilePhones">
- ${school.shortName} is phone-free for the whole school day: ${w.children} do not use mobile phones in lessons, between lessons, at break or at lunch.
</@clause>
<#if !watchesBanned>
<@clause id="connected-devices" source="policygen" meets="mobilePhones">
- The same rules apply to smartwatches and other connected devices that can make calls, send messages, take photographs or go online.
</@clause>
</#if>
<@clause id="not-for-learning" source="policygen" meets="mobilePhones">
- Mobile phones are not used for learning, for example as calculators or for research.
</@clause>
<@clause id="exceptions" source="policygen" meets="mobilePhones">
- The only exceptions are adjustments for an individual ${w.child}, for example for a medical need such as glucose monitoring, a special educational need or disability, or a young carer. Each is agreed in advance and recorded, as set out under ‘${m.poss(w.children)?cap_first} use of mobile and smart technology’.
</@clause>
</#if>
<@clause id="staff-in-front" source="policygen" meets="mobilePhones">
- Staff do not use their personal mobile phones where ${w.children} can see them, except in an emergency.
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
