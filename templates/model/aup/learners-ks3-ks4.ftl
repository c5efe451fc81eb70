<#-- Learners' AUP, Key Stages 3 and 4 (Year 7 to Year 11, and the sixth form where the school has
     one), from The Education People's model, grouped by theme. The phone statements follow the
     school's phone rule for these year groups only (see _macros-aup.ftl). -->
<#import "/_macros-aup.ftl" as am>
This Acceptable Use Policy (AUP) keeps me and others safe online. It covers my use of ${w.setting} devices and systems, on site and at home, and my online behaviour where it affects others in ${school.theShortName()} community.

## Learning

- I use ${w.setting} devices and systems for learning, and only for anything else with a member of staff's permission. I follow this AUP when I learn online at home too<#if p.socialMedia.homeSchoolApps?has_content>, including when I use ${fmt.or(p.socialMedia.homeSchoolApps)}</#if>.
<@clause id="ai-tools" source="policygen" meets="generativeAi">
- I only use AI tools the ${w.setting} has approved or a teacher has allowed, I never put personal information into them, and I never hand in AI's work as my own.
</@clause>
- I check information from websites and AI tools against other reliable sources, and I respect copyright: I credit my sources and do not copy or share other people's work without permission.

## Keeping safe and secure

- I think before I share personal details that could identify me or my location, and I keep my social media profiles private.
<#-- A parent's permission binds a learner under 18; a form for the sixth form says so rather than bind an adult. -->
- I know that people online may not be who they say they are. <#if am.formYears()?filter(y -> y.hasAdults())?has_content>If I am under 18, I<#else>I</#if> will not meet anyone I only know online without a parent or carer's permission, and only with a trusted adult present.
- I will not create, share or ask for nude or semi-nude images or videos of anyone, including myself. If I am sent one, I will not share it, and I will tell a trusted adult.
<#-- The social media policy's own exception: learners who may use their phones in a designated area (a sixth-form centre). -->
- I do not use social media for personal use during the ${w.setting} day${am.socialMediaAreas()}, and I only use sites and apps which are appropriate for my age.
- I keep my passwords private, I lock or log out of devices I leave, and I do not try to access or change other people's files, accounts or information.
- I do not try to get around the ${w.setting}'s filtering or security systems, and I understand that my use of ${w.setting} devices and systems is monitored to keep everyone safe.

## Being respectful

- I treat others online as I would face to face: I never post anything threatening, hurtful, discriminatory or defamatory, take part in online bullying, or share images of others without their permission.
- I understand that the ${w.setting} can act on my online behaviour outside the ${w.setting} day if it harms another ${w.child} or affects the ${w.setting}.

## Mobile phones and smart technology

<@am.learnerPhones older=true/>

<#-- A later model edition's statements for this form (templates/editions/<edition>/aup/learners-ks3-ks4-edition.ftl), before the closing section. -->
<#include "/aup/learners-ks3-ks4-edition.ftl" ignore_missing=true>

## Reporting concerns

- If anything online worries or upsets me, or I am worried about someone else, I will tell a member of staff<#if school.dsls?has_content> or ${am.dslNames()}, <#if school.deputies?has_content>our safeguarding leads<#else>our Designated Safeguarding Lead<#if (school.dsls?size > 1)>s</#if></#if></#if>, or get help from Childline (0800 1111, ${fmt.link("childline.org.uk", "https://www.childline.org.uk")}) or CEOP (${fmt.link("ceop.police.uk", "https://www.ceop.police.uk")}). It is never my fault if someone sends me, or pressures me into sharing, something harmful.
- If I do not follow this AUP, action will be taken in line with our behaviour, anti-bullying and ${m.cp()} policies.
