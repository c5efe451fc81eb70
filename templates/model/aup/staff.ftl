<#-- Staff AUP, from The Education People's staff Acceptable Use of Technology Policy model and its
     official social media AUP. Every rule below is the school's own, from the same profile facts as
     its mobile and smart technology and social media policies. -->
<#import "/_macros-aup.ftl" as am>
<#import "/_learner-devices.ftl" as ld>
<#assign sd = p.staffDevices>
<#assign ey = m.earlyYearsSetting()>
<#assign during = m.lessonTime()>
<#assign permission = m.staffPermission()>
<#-- The places staff keep their phones, as the policy lists them, in the first person ("their car" -> "my car"). -->
<#assign keptIn = []>
<#list sd.keptIn as place><#assign keptIn += [place?replace("\\btheir\\b", "my", "r")]></#list>
<#assign dsl = am.dslText()>
${school.shortName} expects all members of staff to use technology in a professional, lawful and ethical way. This Acceptable Use Policy (AUP) is not an exhaustive list: all technology use should be consistent with our ethos and policies, national and local guidance, and the law.

## Policy scope

- I understand that this AUP applies to my use of technology provided to me or accessed as part of my role within ${school.shortName}, including devices, email, social media, networks and data, professionally and personally, on and off site.
- I have read ${am.policiesText()}, and I will follow this AUP in line with <#if !am.hasSocialMediaPolicy() || p.documents.arrangement == "COMBINED">it<#else>them</#if>, our ${m.cp()} policy and our ${w.codeOfConduct}.

## Data and system security

- I will only use ${w.setting} provided equipment when working with ${w.children}, and for remote learning I will only use a personal device with prior approval from the ${w.leader}, following a formal risk assessment.
<#-- The policy's rule (social-media.expectations.staff-use-provided), unless the school left it out. -->
<#if am.hasSocialMediaPolicy() && ld.kept("social-media.expectations.staff-use-provided")>
- I will not use ${w.setting} provided devices to access social media<#if am.own(p.socialMedia.channels)?has_content>, unless I am managing the ${w.setting}'s official social media channels</#if>.
</#if>
<#-- The policy's own rules for the setting's phones (04-setting-devices), in the same cases. -->
<#if sd.schoolPhones?has_content && (sd.schoolPhoneCamera || sd.schoolPhoneImageLimit??)>
- When I use <#if (sd.schoolPhones?size > 1)>a<#else>the</#if> ${w.setting} mobile phone, I will <#if sd.schoolPhoneCamera>keep it in my personal possession</#if><#if sd.schoolPhoneCamera && sd.schoolPhoneImageLimit??>, and </#if><#if sd.schoolPhoneImageLimit??>upload its images to the shared drive and delete them, keeping no more than ${sd.schoolPhoneImageLimit} of images on it</#if>.
</#if>
- I will keep my passwords private, lock or log out of devices I leave, and not install software or try to bypass the ${w.setting}'s filtering and security systems<#if p.socialMedia.filteringProvider??> (provided and monitored by ${p.socialMedia.filteringProvider})</#if>.
- I will keep personal data in line with UK GDPR, I will not keep personal information, including images of ${w.children}, on personal devices, and I will report any data breach or lost device to the ${w.leader} at once.

## ${ey?then("Working with " + w.children, "Classroom practice")}

- I will supervise ${m.poss(w.children)} use of technology and promote online safety with them. I will report any filtering breaches, such as access to illegal, inappropriate or harmful material, to ${dsl}.
<@clause id="ai-tools" source="policygen" meets="generativeAi">
- I will respect copyright, only use AI tools approved by the ${w.setting}, never enter personal data into them, and check what they produce before I use it.
</@clause>

## Mobile devices and smart technology

- During ${during}, I will keep my personal phone and devices in a safe and secure place<#if keptIn?has_content> (${fmt.or(keptIn)})</#if>, switched off or on 'silent', with Bluetooth and 'airdrop' off.
<#-- "written" as the policy says it: a school that rewords the clause (mobile.staff-use.use-personal-devices) may not ask for it. -->
- I will not use personal devices during ${ey?then("working time", "teaching periods")} unless ${ld.writtenPermission()}permission has been given by ${permission}, such as in an emergency.
<#if p.restrictedAreas?has_content>
- I will not use mobile phones or personal devices in ${fmt.or(p.restrictedAreas)}.
</#if>
- I will only use ${w.setting} provided equipment, not personal devices, to take photos or videos of ${w.children}, to work directly with them and to communicate with parents and carers. I will not use my personal phone or devices to contact ${w.children} or their parents and carers<#if sd.workPhoneNumbers && ld.reworded("mobile.setting-devices.members-staff-issued")?has_content>; I will use my work email address, and my work phone number if I have been given one<#elseif sd.workPhoneNumbers>; I will use my work phone number and email address<#elseif sd.workEmail>; I will use my work email address</#if>.

## Online communication, including social media

<#if am.hasSocialMediaPolicy() && p.socialMedia.staffPersonalUse?? && ld.reworded("social-media.staff-use.personal-use")?has_content>
<#-- The school words its own rule (Hythe Bay's 'working hours', Hildenborough's 'not the classroom'): the form quotes it rather than paraphrase the model's. -->
- I will follow our social media policy's rule on personal use: “${am.bare(ld.reworded("social-media.staff-use.personal-use"))}.”
<#elseif am.hasSocialMediaPolicy() && p.socialMedia.staffPersonalUse??>
<#switch p.socialMedia.staffPersonalUse>
<#case "LUNCH_BREAK">
- I will not use social media for personal use during ${w.setting} hours, unless this takes place during a lunch break.
<#break>
<#case "BREAKS_IN_STAFF_AREAS">
- I will only use social media for personal use during ${w.setting} hours at lunch or break times, and only in staff-only areas, not where ${w.children} can access.
<#break>
<#default>
- I will not use social media for personal use during ${w.setting} hours.
</#switch>
</#if>
- My use of social media will be compatible with my professional role: I will use appropriate privacy settings, and I will not share information about ${w.children}, families, colleagues or ${w.setting} business.
- I will only communicate with ${w.children} and parents and carers through ${w.setting} approved channels. I will not share my personal contact details with them, add them as 'friends' on personal accounts or reply to them there; I will report any such contact <#if ld.reworded("social-media.communicating.communication-parents-carers")?has_content>as our social media policy sets out<#else>to the DSL</#if>, and discuss any pre-existing relationship that affects this with the DSL and the ${w.leader}.
<#-- For staff who run the school's own channels: a trust runs (and agrees the purposes of) the pages it shares. -->
<#if am.own(p.socialMedia.channels)?has_content>

## Official social media channels

For staff who manage or post on our official channels.

<#assign channelsText = am.channelsSentence()>
<#if channelsText?has_content>
- ${channelsText}<#if am.channelsHaveAddresses()> ${am.addressesIntro()}</#if>
</#if>
<#if am.channelsHaveAddresses()>
<@am.channelAddresses/>
</#if>
<#-- Accounts and logins only where the school runs channels of its own: a trust runs the pages it shares. -->
<#-- This section is only for a school with channels of its own; the accounts and logins follow the policy's clauses on them. -->
- I will only post for the channels' approved purposes, as agreed by the ${am.approver()}<#if ld.kept("social-media.official-use.staff-use-provided")>, using accounts registered with ${w.setting} provided email addresses</#if><#if ld.kept("social-media.official-use.leadership-staff-have")>; I will keep login details secure and shared with leadership staff</#if>.
- I will be professional, responsible, fair and honest, as an ambassador for the ${w.setting}, and act within the law, including data protection, copyright and defamation law.
- I will only share images of ${w.children} <#if m.adultLearners()>whose parents or carers have given consent, or who have given their own at 18 or over<#else>whose parents or carers have given consent</#if>, in line with our image use policy.
<#-- The policy's exception for a learning journal, only where the policy keeps the model's clause that carries it. -->
<#assign journals = am.own(am.byAccess(p.socialMedia.channels, "CLOSED"))?filter(c -> c.platform.forFamilies)>
<#assign journalException = journals?has_content && !ld.omitted("social-media.official-use.engage-private-direct") && !ld.reworded("social-media.official-use.engage-private-direct")?has_content>
- I will not engage in private or direct messaging with current or past ${w.children} or their families<#if journalException>, other than through ${am.platforms(journals)} as the ${w.setting} uses <#if journals?size gt 1>them<#else>it</#if> with families</#if>, and I will tell the DSL and/or the ${w.leader} about any concerns, such as criticism, inappropriate content or contact from ${w.children}.
<#-- The policy's rule for staff who follow the channels (social-media.official-use.members-staff-who): the school's own
     wording quoted (Hildenborough's: the highest security, nothing of a professional account), or none where it is left out. -->
<#if ld.kept("social-media.official-use.members-staff-who")>
- If I follow or like our official channels, I will use a dedicated professional account where possible, with the highest security settings.
<#elseif !ld.omitted("social-media.official-use.members-staff-who")>
- If I follow or like our official channels, I will follow our social media policy's rule: ${am.quoted("social-media.official-use.members-staff-who")}
</#if>
</#if>

<#-- A later model edition adds its statements here (templates/editions/<edition>/aup/staff-edition.ftl). -->
<#include "/aup/staff-edition.ftl" ignore_missing=true>

## Policy concerns and compliance

- I will report concerns about ${m.poss(w.children)} welfare, safety or behaviour online to the DSL<#if school.deputies?has_content> (or a deputy)</#if>, in line with our ${m.cp()} policy, and concerns about staff to the ${w.leader}, in line with our ${w.allegations}.
- I understand that the ${w.setting} may monitor my use of its devices and systems, and that misuse may lead to action under our ${w.codeOfConduct} and, if a crime is suspected, to the police being informed.
