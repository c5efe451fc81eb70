<#-- In one combined document, Part A's section of the same name covers both parts: printing
     these clauses twice is one of the hand-editing slips policygen exists to prevent. -->
<#if !doc.combined || p.documents.eachPartHasMonitoringAndBreaches>
<@clause id="title">
## Policy monitoring and review
</@clause>

<@clause id="technology-evolves-changes">
- Technology evolves and changes rapidly. ${school.shortName} will review this policy ${school.promise}. The policy will be revised following any national or local policy updates, any local concerns and/or any changes to our technical infrastructure.
</@clause>
<@clause id="we-regularly-monitor">
- We will regularly monitor internet use taking place via our provided devices and systems and evaluate online safety mechanisms to ensure that this policy is consistently applied. Any issues identified will be incorporated into our action planning.
</@clause>
<@clause id="members-community-made">
- All members of the community will be made aware of how the ${w.setting} will monitor policy compliance. This is achieved via staff training and ${m.hasLessons()?then("classroom management", "the management of each room")}, AUPs for stakeholders in the ${w.setting} and communication to parents and carers at home.
</@clause>
</#if>
