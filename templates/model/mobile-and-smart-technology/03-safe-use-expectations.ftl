<@clause id="title">
## Safe use of mobile and smart technology expectations
</@clause>

<@clause id="recognises-use-mobile">
- ${school.shortName} recognises that use of mobile and smart technologies is part of everyday life for many ${w.children}, staff and parents/carers.
</@clause>
<@clause id="electronic-devices-kind">
- Electronic devices of any kind that are brought onto site are the responsibility of the user. All members of ${school.theShortName()} community are advised to:
<@clause id="take-steps-protect">
  - take steps to protect their mobile phones or personal devices from loss, theft or damage; we accept no responsibility for the loss, theft or damage of such items on our premises.
</@clause>
<@clause id="use-passwords-pin">
  - use passwords/PIN numbers to ensure that unauthorised access, calls or actions cannot be made on their phones or devices.
</@clause>
</@clause>
<#if p.restrictedAreas?has_content>
<@clause id="mobile-phones-personal">
<#-- A child's glucose monitor is used wherever the child is: its arrangement, set out under the learners' section, is the exception. -->
<#assign medicalDevices = p.learnerPhones.exceptionsOf("MEDICAL")?has_content>
- Mobile phones and personal devices are not permitted to be used in specific areas on site, such as ${fmt.or(p.restrictedAreas)}<#if medicalDevices>, other than a device a ${w.child} needs for their health under an individual arrangement</#if>.
</@clause>
</#if>
<@clause id="sending-abusive-inappropriate">
- The sending of abusive or inappropriate messages or content via mobile phones or personal devices is forbidden by any member of the community; any breaches will be dealt with in line with our ${m.policiesEndingCp(["anti-bullying", "behaviour"])}.
</@clause>
<@clause id="members-community-advised">
- All members of ${school.theShortName()} community are advised to ensure that their mobile phones and personal devices do not contain any content which may be offensive, derogatory or illegal, or which would otherwise contravene our <#if m.cpHasAnd()>behaviour policy or our ${m.cp()} policy<#else>behaviour or ${m.cp()} policies</#if>.
</@clause>
