<#assign sd = p.staffDevices>
<#-- In early years settings only staff use the setting's devices. -->
<#assign users = m.earlyYearsSetting()?then("members of staff", "members of staff and/or " + w.children)>
<@clause id="title">
## ${w.setting?cap_first}-provided mobile phones and devices
</@clause>

<#if sd.workPhoneNumbers>
<@clause id="members-staff-issued">
- Members of staff will be issued with a work phone number in addition to their work email address, where contact with ${w.children} or parents/carers is required.
</@clause>
<#elseif sd.workEmail>
<@clause id="members-staff-issued-2">
- Members of staff will be issued with a work email address, where contact with ${w.children} or parents/carers is required.
</@clause>
</#if>
<@clause id="staff-providing-formal">
- Staff providing formal remote learning will do so using ${w.setting} provided equipment in accordance with our ${w.acceptableUse}<#if p.documents.remoteLearningAup> and/or remote learning AUP</#if>.
</@clause>
<@clause id="mobile-phones-devices">
- ${w.setting?cap_first} mobile phones and devices will be suitably protected via a passcode/password/PIN and must only be accessed or used by ${users}.
</@clause>
<@clause id="mobile-phones-devices-2">
- ${w.setting?cap_first} mobile phones and devices will always be used in accordance with our ${w.codeOfConduct}, the ${w.acceptableUse} and other relevant policies.
</@clause>
<@clause id="where-staff-using">
- Where staff<#if !m.earlyYearsSetting()> and/or ${w.children}</#if> are using ${w.setting} provided mobile phones and/or devices, they will be informed prior to use via our ${w.acceptableUse} that activity may be monitored for safeguarding reasons and to ensure policy compliance.
<#-- The setting's own mobile phones, one clause each: what each is for. -->
</@clause>
<#list sd.schoolPhones as use>
<@clause id="mobile-phone-available">
- ${m.a(w.setting)?cap_first} mobile phone is available for ${use}.
</@clause>
</#list>
<#if sd.schoolPhones?has_content>
<#-- That a school phone is also a camera is one school's arrangement (staff_devices.school_phone_camera), not every school's. -->
<#if sd.schoolPhoneCamera>
<@clause id="each-mobile-phone">
- Each ${w.setting} mobile phone also provides a camera for use within the ${w.setting} and to be taken ${m.place("out of")} for trips and events. Staff should ensure the mobile phone is in their personal possession at all times when they are using it.
</@clause>
</#if>
<#if sd.schoolPhoneImageLimit??>
<@clause id="s-mobile-phone">
- The ${w.setting}'s mobile phone<#if (sd.schoolPhones?size > 1)>s</#if> should be cleared of images, and the images stored on the shared drive for ${w.setting} purposes. There should be a maximum of ${sd.schoolPhoneImageLimit} of images on a phone at any one time. As soon as they are uploaded, the images should be deleted from the phone's memory.
</@clause>
</#if>
</#if>
