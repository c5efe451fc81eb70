<#-- Learners' AUP, Key Stages 3 and 4 (Year 7 to Year 11, and the sixth form where the school has
     one), from The Education People's model, grouped by theme. The phone statements follow the
     school's phone rule for these year groups only (see _macros-aup.ftl). -->
<#import "/_macros-aup.ftl" as am>
<#assign childrens = m.poss(w.children)>
I understand that this Acceptable Use Policy (AUP) will help keep me and others safe online. It applies to my use of ${w.setting} devices and systems, on site and at home, and to my own devices and online behaviour where it affects the safety or well-being of others in the ${school.shortName} community.

## Learning

- I use ${w.setting} devices and systems for my learning; I only use them for anything else with a member of staff's permission.
- I only use AI tools that the ${w.setting} has approved, or that a teacher has allowed for a task, and I never put my own or anyone else's personal information into them.
- I am honest about when and how I have used AI. I never hand in work produced by AI as my own, and I follow the exam boards' rules for coursework and exams.
- I check information I find online, and from AI tools, against other reliable sources, because not everything online is accurate or true.
- I respect copyright: I credit the sources I use and I do not copy or share other people's work, images, music or videos without permission.
- When I learn online at home, I follow this AUP and any remote learning guidance I am given<#if p.socialMedia.homeSchoolApps?has_content>, including when I use ${fmt.or(p.socialMedia.homeSchoolApps)}</#if>.

## Keeping myself safe

- I think about the benefits and risks before I share personal details or information that could identify me or my location.
- I keep my social media profiles private, and I only accept and invite people I know in real life.
- I know that people online may not be who they say they are. I will not meet anyone I only know online without a parent or carer's permission, and only with a trusted adult present.
- I will not create, share or ask for nude or semi-nude images or videos of anyone, including myself. If I am sent one, I will not share it, and I will tell a trusted adult.
- I know how to block and report unwanted contact and content on the sites and apps I use.

## Being respectful

- I treat others online as I would face to face: I do not post or share anything that is threatening, hurtful, discriminatory or defamatory, and I never take part in online bullying.
- I do not take, share or post images or videos of other people without their permission.
- I understand that the ${w.setting} can take action over my behaviour online outside the ${w.setting} day if it harms another ${w.child}, affects the ${w.setting}, or could damage its reputation.

## Security and privacy

- I keep my passwords private, and I log out or lock a device when I leave it.
- I do not try to access, change or delete other people's files, accounts or information.
- I do not try to get around the ${w.setting}'s filtering or security systems, or install software on ${w.setting} devices.
- I understand that my use of ${w.setting} devices and systems is monitored to keep everyone safe and to check that this AUP is followed.

## Mobile phones and smart technology

<@am.learnerPhones older=true/>

## Social media

- I do not use social media for personal use during the ${w.setting} day.
- I only use sites and apps which are appropriate for my age, and I follow their terms and conditions.

## Reporting concerns

- If I see or receive anything online that worries or upsets me, or if I am worried about someone else, I will tell a member of staff<#if school.dsls?has_content>, or ${am.dslNames()}, our Designated Safeguarding Lead<#if (school.dsls?size > 1)>s</#if></#if>.
- I know it is never my fault if someone sends me, or pressures me into sharing, something upsetting or harmful online.
- I know I can also get help from Childline (0800 1111, ${fmt.link("childline.org.uk", "https://www.childline.org.uk")}) or report online abuse to CEOP (${fmt.link("ceop.police.uk", "https://www.ceop.police.uk")}).

## Understanding the consequences

- I understand that if I do not follow this AUP, action will be taken in line with our behaviour, anti-bullying and ${m.cp()} policies, and my parents or carers may be told. If I break the law, the police may be involved.
