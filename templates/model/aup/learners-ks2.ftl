<#-- Learners' AUP, Key Stage 2 (Years 3 to 6), from The Education People's KS2 model and its themes:
     Safe, Learning, Trust, Responsible, Tell. The phone statements follow the school's phone rule for
     these year groups only (see _macros-aup.ftl). -->
<#import "/_macros-aup.ftl" as am>
<#assign ey = m.earlyYearsSetting()>
<#assign teacher = am.grownUp()>
I understand that ${school.theShortName()} Acceptable Use Policy will help keep me safe and happy online, ${m.place("at")} and at home.

## Safe

- I only send messages which are polite and friendly.
- I only post pictures or videos on the internet if they are appropriate and I have permission.
- I only talk with and open messages from people I know, and I only click on links if I know they are safe.
- I know that people I meet online may not always be who they say they are. If someone online suggests meeting up, I will always talk to an adult straight away.
- I keep my personal information, like my full name, where I live and my passwords, private online.
<#-- The social media policy's own exception where pupils may use their phones (a hospital school's wards), as on the older learners' form. -->
- I know most social media is for people aged 13 and over, and I do not use social media for personal use ${m.place("in")}${am.socialMediaAreas()}.

## Learning

- I always ask permission from an adult before using the internet.
- I only use websites and search engines that ${teacher} has chosen.
<#if !ey>
- I use ${w.setting} devices for ${w.setting} work, unless I have permission to do something else.
</#if>
<@clause id="ai-tools" source="policygen" meets="generativeAi">
- I only use AI tools, like chatbots, when ${teacher} says I can, and I never type personal information into them.
</@clause>
<@clause id="ai-own-work" source="policygen" meets="generativeAi">
- If an AI tool helps me with my work, I say so. I do not pretend AI's work is my own.
</@clause>
<#if !ey>
- If I learn online at home, I follow these rules too<#if p.socialMedia.homeSchoolApps?has_content>, including when I use ${fmt.or(p.socialMedia.homeSchoolApps)}</#if>.
</#if>

## Trust

- I know that not everything or everyone online is honest or truthful.
<@clause id="ai-check" source="policygen" meets="generativeAi">
- I know AI tools can get things wrong, so I check what they and other websites tell me with books, other sites or a trusted adult.
</@clause>
- I always credit the person or source that created any work, pictures or text I use.

## Responsible

- I do not look at or change other people's files, or change the settings on a device unless a member of staff has allowed me to.
<#if !ey>
- I know the ${w.setting}'s internet filter and monitoring help keep me safe when I use ${w.setting} devices, and I will not try to get around them.
</#if>
<@am.learnerPhones/>
- I know that if I do not follow these rules, the ${w.setting} will talk to me and my parents or carers.

<#-- A later model edition's statements for this form (templates/editions/<edition>/aup/learners-ks2-edition.ftl), before the closing section. -->
<#include "/aup/learners-ks2-edition.ftl" ignore_missing=true>

## Tell

- If I see anything online that worries or upsets me, I turn off the screen or close the lid and tell an adult straight away.
- If I know that anyone is being unsafe with technology, I tell a member of staff.
- I know it is not my fault if I see, or someone sends me, something upsetting or unkind online.
<#if school.dsls?has_content>
- I know I can talk to ${am.dslNames()}, who <#if (school.dsls?size + school.deputies?size > 1)>help<#else>helps</#if> to keep ${w.children} safe, or to any adult I trust.
</#if>
- I know I can get help from Childline by calling 0800 1111 or visiting ${fmt.link("childline.org.uk", "https://www.childline.org.uk")}.
