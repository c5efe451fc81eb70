<#-- Staff AUP, from The Education People's staff Acceptable Use of Technology Policy model and its
     official social media AUP. Every rule below is the school's own, from the same profile facts as
     its mobile and smart technology and social media policies. -->
<#import "/_macros-aup.ftl" as am>
<#assign sd = p.staffDevices>
<#assign ey = m.earlyYearsSetting()>
<#assign during = m.lessonTime()>
<#assign permission = sd.permissionFrom!("the " + w.leader)>
<#assign dsl = am.dslText()>
<#assign hasChannels = p.socialMedia.channels?has_content>
As a professional organisation with responsibility for safeguarding, ${school.shortName} expects all members of staff to use its technology and their own devices in a professional, lawful and ethical way. Please read and sign this Acceptable Use of Technology Policy (AUP). It is not an exhaustive list: all technology use should be consistent with our ethos, our ${w.codeOfConduct}, our ${m.cp()} policy and ${am.policiesText()}, national and local guidance, and the law.

## Policy scope

- I understand that this AUP applies to my use of technology systems and services provided to me or accessed as part of my role within ${school.shortName}, both professionally and personally, on and off site. This includes laptops, mobile phones, tablets, digital cameras, email and social media, as well as IT networks, data and data storage, remote learning and online communication.
- I have read and understood ${am.policiesText()}, and I will follow this AUP in line with our ${w.codeOfConduct}.

## Use of ${w.setting} devices and systems

- I will only use the equipment and internet services provided to me by the ${w.setting}, for example ${w.setting} laptops, tablets, mobile phones and internet access, when working with ${w.children}. They are for educational purposes; any personal use will be within the limits our policies set.
- Where I deliver or support remote learning, I will use ${w.setting} provided equipment. If it is not available, I will only use a personal device with prior approval from the ${w.leader}, following a formal risk assessment.
<#if am.hasSocialMediaPolicy()>
- I will not use ${w.setting} provided devices or computers to access social media, unless I am managing the ${w.setting}'s official social media channels.
</#if>
<#if sd.schoolPhones?has_content>
- When I use the ${w.setting} mobile phone, I will keep it in my personal possession at all times<#if sd.schoolPhoneImageLimit??>; I will upload its images to the shared drive and delete them from the phone, keeping no more than ${sd.schoolPhoneImageLimit} of images on it at any one time</#if>.
</#if>

## Data and system security

- I will protect the devices in my care from unapproved access or theft, and I will not leave a device or system unattended without logging out or locking it.
- I will keep my passwords and security details private, and I will not open links or attachments unless they are from a known and trusted source.
- I will not install software or hardware, or try to bypass the ${w.setting}'s filtering and security systems<#if p.socialMedia.filteringProvider??> (provided and monitored by ${p.socialMedia.filteringProvider})</#if>.
- I will keep personal data in line with data protection law, including UK GDPR. I will not keep documents containing sensitive or personal information about ${w.children}, families or colleagues, including images, on personal devices.
- I understand that the Computer Misuse Act 1990 makes it a criminal offence to gain unauthorised access to computer material, or to modify it without authorisation.
- I will report any suspected data breach, loss of ${w.setting} data or device, virus or security problem to the ${w.leader} and the IT support provider as soon as possible.

## ${ey?then("Working with " + w.children, "Classroom practice")}

- I will supervise ${w.children} appropriately when they use technology, and I will promote online safety with the ${w.children} in my care, helping them to develop a responsible attitude to safety online, to system use and to the content they access or create.
- I will report any filtering breaches, such as access to illegal, inappropriate or harmful material, to ${dsl}.
- I will respect copyright and intellectual property rights, and I will obtain permission before using content that is protected.
- I will only use AI tools approved by the ${w.setting}; I will never enter personal data about ${w.children}, families or colleagues into them, and I will check anything they produce for accuracy and bias before I use it.

## Mobile devices and smart technology

- I will keep my personal mobile phone and devices in a safe and secure place<#if sd.keptIn?has_content> (${fmt.or(sd.keptIn)})</#if> during ${during}, switched off or set to 'silent' or 'do not disturb', with Bluetooth and other forms of communication, such as 'airdrop', hidden or disabled.
- I will not use personal devices during ${ey?then("working time", "teaching periods")}, unless written permission has been given by ${permission}, such as in emergency circumstances.
<#if p.restrictedAreas?has_content>
- I will not use mobile phones or personal devices in ${fmt.or(p.restrictedAreas)}.
</#if>
- I will only use ${w.setting} provided equipment, not personal devices, to take photos or videos of ${w.children} (in line with our image use policy), to work directly with ${w.children}, and to communicate with parents and carers.
- I will not use my own personal phone or devices to contact ${w.children} or their parents and carers<#if sd.workPhoneNumbers>; I will use my work phone number and work email address</#if><#if sd.workEmail && !sd.workPhoneNumbers>; I will use my work email address</#if>.
- I will make sure any content I bring on site on personal devices is compatible with my professional role and our behaviour expectations.

## Online communication, including social media

<#if am.hasSocialMediaPolicy()>
<#switch p.socialMedia.staffPersonalUse>
<#case "LUNCH_BREAK">
- I will not use social media for personal use during ${w.setting} hours, unless this takes place during a lunch break.
<#break>
<#case "BREAKS_IN_STAFF_AREAS">
- I will only use social media for personal use during ${w.setting} hours in the lunch hour or at break times, and only in staff-only areas, not the classroom or other areas where ${w.children} can access.
<#break>
<#default>
- I will not use social media for personal use during ${w.setting} hours.
</#switch>
</#if>
- I will make sure that my use of communication technology, including social media, is compatible with my professional role. I will take appropriate steps to protect myself and my privacy online, for example with appropriate privacy settings, and I will not represent my personal views as those of the ${w.setting}.
- I will not discuss or share information about ${w.children}, their families, colleagues or ${w.setting} business on social media.
- My electronic communications with ${w.children} and parents and carers will be transparent, open to scrutiny and only through ${w.setting} approved channels. I will not share my personal contact details with them.
- I will not add or accept current or past ${w.children} or their family members as 'friends' on personal social media accounts. If they contact me on a personal account, I will not respond, and I will report it to ${dsl}.
- I will discuss any pre-existing relationship or situation that affects my ability to follow this AUP with the DSL and the ${w.leader}.
<#if hasChannels>
- If I follow or like our official social media channels, I will use a dedicated professional account where possible, with the highest security settings.

## Official social media channels

For members of staff who manage or post on the ${w.setting}'s official social media channels. ${am.channelsSentence()}<#if am.channelsHaveAddresses()> Our channels are:</#if>

<#if am.channelsHaveAddresses()>
<@am.channelAddresses/>

</#if>
- I will only post on the official channels with the approval of the ${am.approver()}, for their approved educational or community engagement purposes, and I will register and manage them with ${w.setting} provided email addresses, never a personal account.
- I will keep login details secure, and I will make sure leadership staff have access to them in case of emergency.
- I will be professional, responsible, credible, fair and honest, as an ambassador for the ${w.setting}, and I will act within the law, including libel, defamation, confidentiality, copyright, data protection and equalities law.
- I will follow our image use policy at all times: I will only share images of ${w.children} whose parents or carers have given consent.
- Where appropriate and possible, I will ask at least one colleague to read and agree public posts before they are published.
- I will not disclose information, make commitments or engage in activities on behalf of the ${w.setting} unless I am authorised to do so.
- I will not engage in private or direct messaging with current or past ${w.children} or their parents, carers and other family members.
- I will tell my line manager, the DSL (or a deputy) and/or the ${w.leader} about any concerns, such as criticism, inappropriate content or contact from ${w.children}.
</#if>

## Policy concerns and compliance

- I will not upload, download or access any material which is illegal or inappropriate, or which could cause harm or distress to others.
- I will report concerns about the welfare, safety or behaviour of ${w.children} or parents and carers online to ${dsl}, in line with our ${m.cp()} policy. I will report concerns about the online behaviour of staff to the ${w.leader}, in line with our ${w.allegations}.
- I understand that the ${w.setting} may monitor my use of its devices, systems and networks, including internet access and email, to keep ${w.children} and staff safe and to check that this AUP is followed, in line with data protection, privacy and human rights law.
- I understand that if I misuse ${w.setting} systems or behave inappropriately online, including in a way that could bring the ${w.setting} into disrepute, action may be taken in line with our ${w.codeOfConduct} and ${w.allegations}; if a criminal offence is suspected, the police will be informed.
