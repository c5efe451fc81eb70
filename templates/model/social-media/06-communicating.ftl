<@clause id="title">
## Communicating with ${w.children} and their families
</@clause>

<@clause id="staff-use-personal">
- Staff will not use any personal social media accounts to contact ${w.children} or their family members, including parents/carers, nor should any contact be accepted.
</@clause>
<@clause id="members-staff-advised">
- All members of staff are advised not to communicate with or add any current or past ${w.children} or their family members, as 'friends' on any personal social media accounts, sites, applications or profiles.
</@clause>
<@clause id="communication-parents-carers">
- Any communication from ${w.children} and parents/carers received on personal social media accounts will be reported to the DSL (or deputy) and/or the ${w.leader}.
</@clause>
<@clause id="pre-existing-relationships">
- Any pre-existing relationships or situations, which mean staff cannot comply with this requirement, will be discussed with the DSL and the ${w.leader}. Decisions made and advice provided in these situations will be formally recorded in order to safeguard ${w.children}, members of staff and the ${w.setting}.
</@clause>
<@clause id="ongoing-contact-required">
<#-- Not in an early years setting: its children leave for school at four or five, not for alumni networks
     (the children's centre seed left this clause out). -->
<#if !m.earlyYearsSetting()>
- If ongoing contact with ${w.children} is required once they have left the ${w.setting}, members of staff will be expected to use existing alumni networks, or use official ${w.setting} provided communication tools.
</#if>
</@clause>
