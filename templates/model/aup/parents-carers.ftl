<#-- Parents' and carers' AUP and acknowledgement, from The Education People's model. The phone rule,
     the official channels and the home-school apps are the school's own, from the same profile facts
     as its policies. -->
<#import "/_macros-aup.ftl" as am>
<#assign ey = m.earlyYearsSetting()>
<#assign hasForms = school.yearGroups??>
Parents and carers play a vital part in helping ${w.children} to use technology safely. Please read this Acceptable Use Policy (AUP)<#if hasForms>, read and talk about the ${w.children}' AUP for your child's age with them,</#if> and sign and return the slip below. Our full rules are in ${am.policiesText()}.

## My child's use of technology

<#if hasForms>
- I have read and discussed the ${school.shortName} ${w.children}' AUP with my child, and I understand that it will help keep my child safe online.
</#if>
- I understand that the AUP applies to my child's use of ${w.setting} devices and systems on site and at home, and to their personal use where there are safeguarding or behaviour concerns: for example, if their online behaviour poses a threat or causes harm to another ${w.child}, or could adversely affect the ${w.setting} or its reputation.
<#if !ey>
- I understand that my child's use of ${w.setting} devices and systems may be monitored for safety and security reasons, in line with data protection, privacy and human rights law.
</#if>
- I understand that the ${w.setting} will take every reasonable precaution, including appropriate filtering and monitoring systems<#if p.socialMedia.filteringProvider??> (provided and monitored by ${p.socialMedia.filteringProvider})</#if>, to keep my child safe online, but cannot be held responsible for the content of materials accessed on the internet or on mobile technology.
- I know that my child will be taught how to use technology and the internet safely, both ${m.place("in")} and at home.
<#if p.socialMedia.homeSchoolApps?has_content>
- When my child and I use ${fmt.or(p.socialMedia.homeSchoolApps)}, we will use them in line with this AUP. I understand that inappropriate use or misuse of these applications will result in immediate action by the ${w.setting} and potential restriction of use.
</#if>

## Mobile phones and smart technology

<@am.parentPhones/>

## Social media

- I will not post or share content that may be considered threatening, hurtful or defamatory to others, including about ${w.children}, families or staff of the ${w.setting}, and I will raise any concerns directly with the ${w.setting} rather than on social media.
- I will not share images or videos of other people's children taken at ${w.setting} events or activities on social media without their parents' or carers' permission.
<#if p.visitors.photographyAtEvents??>
- I understand that, at events where parents are on site, ${am.bare(p.visitors.photographyAtEvents)}.
</#if>
<#if ["INFANT", "JUNIOR", "PRIMARY"]?seq_contains(p.school.type)>
- I understand that many popular social media sites and apps are not permitted for children under the age of 13, and that the ${w.setting} recommends ${w.children} minimise their use of social media at home.
</#if>
<#if p.socialMedia.channels?has_content>
- ${am.channelsSentence()}<#if am.channelsHaveAddresses()> Our channels are:</#if>
<#if am.channelsHaveAddresses()>
<@am.channelAddresses/>
</#if>
- When I follow, comment on or share the ${w.setting}'s official channels, I will be positive and respectful, I will not tag or name ${w.children} in images, and I will not ask to be 'friends' with staff.
</#if>

## Working together

- I will tell the ${w.setting}, for example by speaking to a member of staff or ${am.dslText()}, if I have concerns about my child's or another member of the community's safety online.
- I understand that the ${w.setting} will contact me if it has concerns about my child's safety online or about any possible breach of the AUP.
- I will support the ${w.setting}'s approach to online safety. I will use appropriate parental controls, and I will encourage my child to use the internet and other technology safely at home, as appropriate to their age and understanding.
