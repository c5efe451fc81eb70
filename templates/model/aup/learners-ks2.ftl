<#-- Learners' AUP, Key Stage 2 (Years 3 to 6), from The Education People's KS2 model and its themes:
     Safe, Learning, Trust, Responsible, Tell. The phone statements follow the school's phone rule for
     these year groups only (see _macros-aup.ftl). -->
<#import "/_macros-aup.ftl" as am>
<#assign ey = m.earlyYearsSetting()>
<#assign teacher = am.grownUp()>
I understand that the ${school.shortName} Acceptable Use Policy will help keep me safe and happy online, ${m.place("at")} and at home. I have read these rules, or had them read to me, and talked about them with my parents or carers.

## Safe

- I only send messages which are polite and friendly.
- I only post pictures or videos on the internet if they are appropriate and I have permission.
- I only talk with and open messages from people I know, and I only click on links if I know they are safe.
- I know that people I meet online may not always be who they say they are. If someone online suggests meeting up, I will always talk to an adult straight away.
- I keep my personal information, such as my full name, where I live and my passwords, safe and private online. I never share my passwords with anyone.
- I know that many apps, games and social media sites have age limits, and most social media is meant for people aged 13 and over. I do not use social media for personal use ${m.place("in")}.

## Learning

- I always ask permission from an adult before using the internet.
- I only use websites and search engines that ${teacher} has chosen.
<#if !ey>
- I use ${w.setting} devices for ${w.setting} work, unless I have permission to do something else.
</#if>
- I only use AI tools, such as chatbots and picture makers, when ${teacher} says I can, and I never type my own or anyone else's personal information into them.
- If an AI tool helps me with my work, I say so. I do not pretend that work made by AI is my own.
<#if !ey>
- If I learn online at home, I follow these rules too<#if p.socialMedia.homeSchoolApps?has_content>, including when I use ${fmt.or(p.socialMedia.homeSchoolApps)}</#if>.
</#if>

## Trust

- I know that not everything or everyone online is honest or truthful.
- I know that AI tools can get things wrong or make things up, so I check what they tell me.
- I check what I find online with other sources, like other websites, books or a trusted adult.
- I always credit the person or source that created any work, pictures or text I use.

## Responsible

- I do not look at or change other people's files or information.
- I only change the settings on a device if a member of staff has allowed me to.
<#if !ey>
- I know that the ${w.setting}'s internet filter is there to protect me, and I will not try to get around it.
- I know that ${w.setting} devices and systems are monitored to keep me safe, including when I use them at home.
</#if>
<@am.learnerPhones/>
- I know that if I do not follow these rules, the ${w.setting} will talk to me and my parents or carers, and our behaviour policy will be followed.

## Tell

- If I see anything online that I should not see, or that makes me feel worried or upset, I turn off the screen or close the lid and tell an adult straight away.
- If I know that anyone is being unsafe with technology, I tell a member of staff.
- I know it is not my fault if I see, or someone sends me, something upsetting or unkind online.
<#if school.dsls?has_content>
- I know I can talk to ${am.dslNames()}, who <#if (school.dsls?size > 1)>help<#else>helps</#if> to keep ${w.children} safe, or to any adult I trust.
</#if>
- I know I can get help from Childline by calling 0800 1111 or visiting ${fmt.link("childline.org.uk", "https://www.childline.org.uk")}.
