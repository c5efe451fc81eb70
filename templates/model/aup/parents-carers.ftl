<#-- Parents' and carers' AUP and acknowledgement, from The Education People's model. The phone rule,
     the official channels and the home-school apps are the school's own, from the same profile facts
     as its policies. -->
<#import "/_macros-aup.ftl" as am>
<#import "/_learner-devices.ftl" as ld>
<#assign ey = m.earlyYearsSetting()>
<#assign hasForms = school.yearGroups??>
Parents and carers play a vital part in helping ${w.children} to use technology safely. Please read this Acceptable Use Policy (AUP)<#if hasForms>, talk about the ${m.poss(w.children)} AUP for your child's age with them,</#if> and sign and return the slip<#if (school.yearGroups)?? && school.yearGroups.hasAdults()> if your child is under 18 (a ${w.child} of 18 or over signs their own form)</#if>. Our full rules are in ${am.policiesText()}.

## My child's use of technology

<#if hasForms>
- I have read and discussed the ${m.poss(w.children)} AUP with my child, and I understand that it will help keep my child safe online.
</#if>
<#-- At home only where the policy speaks of learning at home (not in an early years setting), and personal use only where
     the social media policy keeps its clause on behaviour outside the setting. -->
- I understand that the AUP applies to my child's use of ${w.setting} devices and systems<#if !ey>, on site and at home</#if><#if ld.kept("social-media.learners-use.outside-school")>, and to their personal use where their online behaviour poses a threat or causes harm to another ${w.child}, or could affect the ${w.setting} or its reputation</#if>.
- I understand that the ${w.setting} takes every reasonable precaution to keep my child safe online, including appropriate filtering and monitoring<#if !ey> of their use of ${w.setting} devices and systems</#if><#if p.socialMedia.filteringProvider??> (provided by ${p.socialMedia.filteringProvider})</#if>, but cannot be responsible for all content accessed online or on mobile technology.
<#if p.socialMedia.homeSchoolApps?has_content>
- We will use ${fmt.or(p.socialMedia.homeSchoolApps)} in line with this AUP; inappropriate use or misuse will result in immediate action by the ${w.setting} and potential restriction of use.
</#if>

## Mobile phones and smart technology

<@am.parentPhones/>
<#-- The policy's rules for parents and visitors on site (its visitors' section), which a parent signs too. -->
<@am.visitorsOnSite lead="When I am on site, " forParents=true/>

## Social media

- I will not post or share content that may be threatening, hurtful or defamatory to others, including members of the ${w.setting} community, and I will raise any concerns directly with the ${w.setting}, not on social media.
<#-- Only the school's own rule on photographs at events, which its policy states (visitors.photography_at_events): a parent signs nothing the policy does not say. -->
<#if am.eventsRule()?has_content>
- ${am.eventsRule()}
</#if>
<#-- The recommendation about home use only where the school's policy makes it (social_media.advise_less_use_at_home). -->
<#if ["INFANT", "JUNIOR", "PRIMARY"]?seq_contains(p.school.type) || p.socialMedia.adviseLessUseAtHome>
- I understand that most social media sites and apps are not meant for children under 13<#if p.socialMedia.adviseLessUseAtHome>, and that the ${w.setting} recommends ${w.children} minimise their use of social media at home</#if>.
</#if>
<#if p.socialMedia.channels?has_content>
<#assign channelsText = am.channelsSentence()>
<#if channelsText?has_content>
- ${channelsText}<#if am.channelsHaveAddresses()> ${am.addressesIntro()}</#if>
</#if>
<#if am.channelsHaveAddresses()>
<@am.channelAddresses/>
</#if>
- When I use <#if am.own(p.socialMedia.channels)?has_content>the ${w.setting}'s official channels<#else>${am.sharedOwner()} <#if (p.socialMedia.channels?size > 1)>pages<#else>page</#if></#if>, I will be positive and respectful, I will not tag or name ${w.children} in images, and I will not ask to be 'friends' with staff.
</#if>

## Working together

- I will tell the ${w.setting}, for example a member of staff or ${am.dslText()}, if I am worried about my child's or anyone else's safety online, and I understand that the ${w.setting} will contact me if it is worried about my child's safety or a breach of the AUP<#if m.adultLearners()> while my child is under 18</#if>.
- I will support the ${w.setting}'s approach to online safety, use appropriate parental controls, and encourage my child to use technology safely at home.
