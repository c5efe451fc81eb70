<#import "/_macros-social.ftl" as sm>
<@clause id="title">
## General social media expectations
</@clause>

<@clause id="expectations-regarding-safe">
- The expectations regarding safe and responsible use of social media apply to all members of ${school.theShortName()} community.
</@clause>
<@clause id="believes-everyone-should">
- ${school.shortName} believes everyone should be treated with kindness, respect and dignity. Even though online spaces may differ in many ways, the same standards of behaviour are expected online as offline, and all members of ${school.theShortName()} community are expected to engage in social media in a positive and responsible manner.
</@clause>
<@clause id="members-community-advised">
- All members of ${school.theShortName()} community are advised not to post or share content that may be considered threatening, hurtful or defamatory to others on any social media service.
</@clause>
<#-- Who is alerted to an attempt to reach harmful material is each school's own arrangement (Littlebourne words it in its profile), so the model says only who provides the systems. -->
<@clause id="we-control-staff">
- We will control ${sm.possessive(w.children)} and staff access to social media whilst using ${w.setting} provided devices and systems on site.<#if p.socialMedia.adultLoginsOnly> This will be done through appropriate system filtering and will be restricted to adult logins only.</#if><#if p.socialMedia.filteringProvider??> We use appropriate filtering and monitoring systems provided and monitored by ${p.socialMedia.filteringProvider}.</#if>
</@clause>
<@clause id="staff-use-provided">
<#-- The exception names channels only where there are some: a school with none is not told it manages them. -->
- Staff will not use ${w.setting} provided devices or computers to access social media<#if sm.ownOnes(p.socialMedia.channels)?has_content>, unless they are managing the ${w.setting}'s official social media channels</#if>.
</@clause>
<@clause id="inappropriate-excessive-use">
- Inappropriate or excessive use (usage which impacts upon their ability to fulfil their work requirements) of social media during ${w.setting} hours or whilst using ${w.setting} or personal devices may result in removal of internet access and/or disciplinary action.
</@clause>
<@clause id="use-social-media">
- The use of social media or apps, for example as a formal remote learning platform, will be robustly risk assessed by the DSL and/or ${w.leader} prior to use. Any use will take place in accordance with our <#if p.documents.remoteLearningAup>remote learning Acceptable Use Policy<#else>${w.acceptableUse}</#if>.
</@clause>
<@clause id="concerns-regarding-online">
<#-- A home-school agreement is a school's (the children's centre seed left it out). -->
- Concerns regarding the online conduct of any member of ${school.theShortName()} community on social media will be taken seriously, will be reported to the ${w.leader} and will be managed in accordance with the appropriate policies, including anti-bullying, allegations against staff, behaviour, <#if p.school.type.school>home-school agreements, </#if>staff code of conduct, Acceptable Use Policies and ${m.cp()}.
</@clause>
