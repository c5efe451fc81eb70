<#assign sd = p.staffDevices>
<#assign permission = m.staffPermission()>
<#assign during = m.lessonTime()>
<@clause id="title">
## Staff use of mobile and smart technology
</@clause>

<@clause id="members-staff-ensure">
- Members of staff will ensure that use of any mobile and smart technology, including personal phones and mobile devices, will take place in accordance with the law, as well as relevant ${w.setting} policy and procedures, such as confidentiality, ${m.cp()}, data security, ${w.codeOfConduct} and ${w.acceptableUse}.
</@clause>
<@clause id="staff-advised">
- Staff will be advised to:
<@clause id="keep-mobile-phones">
  - Keep mobile phones and personal devices in a safe and secure place<#if sd.keptIn?has_content> (${fmt.or(sd.keptIn)})</#if> during ${during}.
</@clause>
<@clause id="keep-personal-mobile">
  - Keep personal mobile phones and devices switched off or set to 'silent' or 'do not disturb' mode during ${during}s.
</@clause>
<@clause id="ensure-bluetooth-other">
  - Ensure that Bluetooth or other forms of communication, such as 'airdrop', are hidden or disabled during ${during}s.
</@clause>
<@clause id="use-personal-devices">
  - Not use personal devices during ${m.earlyYearsSetting()?then("working time", "teaching periods")}, unless written permission has been given by ${permission}, such as in emergency circumstances.
</@clause>
<@clause id="ensure-content-brought">
  - Ensure that any content brought onto site via personal mobile phones and devices is compatible with their professional role and our behaviour expectations.
</@clause>
</@clause>
<@clause id="members-staff-permitted">
- Members of staff are not permitted to use their own personal phones or devices for contacting ${w.children} or parents and carers.
<@clause id="pre-existing-relationships">
  - Any pre-existing relationships or circumstance, which could compromise staff's ability to comply with this, will be discussed with the DSL and/or ${w.leader}.
</@clause>
</@clause>
<@clause id="staff-only-use">
- Staff will only use ${w.setting} provided equipment (not personal devices):
<@clause id="take-photos-videos">
  - to take photos or videos of ${w.children} in line with our image use policy.
</@clause>
<@clause id="work-directly-during">
  - to work directly with ${w.children} during <#if m.hasLessons()>lessons/educational activities<#else>activities</#if>.
</@clause>
<@clause id="communicate-parents-carers">
  - to communicate with parents/carers.
</@clause>
</@clause>
<@clause id="where-remote-learning">
- Where remote learning activities take place, staff will use ${w.setting} provided equipment. If this is not available, staff will only use personal devices with prior approval from the ${w.leader}, following a formal risk assessment. Staff will follow clear guidance outlined in the ${w.acceptableUse}<#if p.documents.remoteLearningAup> and/or remote learning AUP</#if>.
</@clause>
<@clause id="member-staff-breaches">
- If a member of staff breaches our policy, action will be taken in line with our ${w.codeOfConduct} and ${w.allegations}.
</@clause>
<@clause id="member-staff-thought">
- If a member of staff is thought to have illegal content saved or stored on a mobile phone or personal device or have committed a criminal offence using a personal device or mobile phone, the police will be contacted and the LADO (Local Authority Designated Officer)<#if p.people.lado??>, ${p.people.lado.name},</#if> will be informed in line with our ${w.allegations}.
</@clause>
