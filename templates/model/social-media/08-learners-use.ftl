<#import "/_macros-social.ftl" as sm>
<@clause id="title">
## ${sm.possessive(w.children)?cap_first} use of social media
</@clause>

<#-- Learners who may use their own phones somewhere on site (a sixth-form centre) are the exception, said once. -->
<#assign areaRules = []>
<#list p.learnerPhones.allowed as r><#if r.usesInAreas()><#assign areaRules += [r]></#if></#list>
<@clause id="personal-use">
<#-- One rule for every year group of the setting (a sixth-form college's) names no year groups. -->
<#assign everyone = areaRules?size == 1 && (school.yearGroups)?? && areaRules[0].yearGroups.groups?size == school.yearGroups.groups?size>
- The use of social media during ${w.setting} hours for personal use is not permitted for ${w.children}<#if areaRules?has_content>, except <#list areaRules as r><#if !everyone>by ${w.children} in ${r.yearGroups} </#if>in ${fmt.list(r.mayUseIn)}<#if r.mayUseWhen??> ${r.mayUseWhen}</#if><#sep>, and </#list>, where the mobile and smart technology policy allows them to use their own phones</#if>.<#if p.socialMedia.adviseLessUseAtHome> We will also recommend to our ${w.children} that they minimise social media use at home, as the majority of these apps/websites are intended for children over 13 years old.</#if>
</@clause>
<@clause id="outside-school">
- Many online behaviour incidents amongst children and young people occur on social media outside the ${w.setting} day and off the ${w.setting} premises. Parents/carers are responsible for <#if m.adultLearners()>the online behaviour of ${w.children} under 18, and ${w.children} of 18 or over for their own<#else>this online behaviour</#if>; however, some online incidents may affect our culture and/or pose a risk to children and young people's health and well-being. Where behaviour online poses a threat or causes harm to another ${w.child()}, could have repercussions for the orderly running of the ${w.setting} when the ${w.child()} is identifiable as a member of the ${w.setting}, or if the behaviour could adversely affect the reputation of the ${w.setting}, action will be taken in line with our ${m.policiesEndingCp(["behaviour"])}.
</@clause>
<@clause id="empower">
- ${school.shortName} will empower our ${w.children} to acquire the knowledge needed to use social media in a safe, considered and respectful way, and develop their resilience so they can manage and respond to online risks. Safe and appropriate use of social media will be taught to ${w.children} as part of an embedded and progressive safeguarding education approach using age-appropriate sites and resources. Further information is contained within our ${m.cpListed()} and relevant specific curriculum policies.
</@clause>
<#-- Every learner 13 or over (a sixth-form college): the under-13 limits concern none of them. -->
<#assign allOver13 = (school.yearGroups)?? && school.yearGroups.allThirteenOrOver()>
<#if !allOver13>
<@clause id="age-limits">
- We are aware that many popular social media sites are not permitted for use by children under the age of 13, or in some cases higher. As such, we will not create accounts for ${w.children} under the required age as outlined in the services' terms and conditions.
</@clause>
</#if>
<#if (school.yearGroups)?? && school.yearGroups.allUnderEight()>
<#-- Every child here is under 8: no advice about accounts, friends or passwords on social media. -->
<@clause id="under-eight" source="policygen" meets="keepingChildrenSafe">
- ${w.children?cap_first} will be taught, in ways suited to their age, to tell a trusted adult if anything they see online worries or upsets them, and not to share personal details online.
</@clause>
<#else>
<@clause id="advice">
- ${w.children?cap_first} will be advised:
  - to consider the benefits and risks of sharing personal details or information on social media sites which could identify them and/or their location.
  - to only approve and invite known friends on social media sites and to deny access to others, for example by making profiles private.
  - <#if (school.yearGroups)?? && school.yearGroups.hasAdults()>if they are under 18, </#if>not to meet any online friends without a parent/carer or other appropriate adults' permission, and to only do so when a trusted adult is present.
  - to use safe passwords.
  - to use social media sites which are appropriate for their age and abilities.
  - how to block and report unwanted communications.
  - how to report concerns on social media, both within the ${w.setting} and externally.
</@clause>
</#if>
<@clause id="concerns">
- Any concerns regarding ${sm.possessive(w.children)} use of social media will be dealt with in accordance with appropriate existing policies, including anti-bullying, ${m.cpListed()} and behaviour.
</@clause>
<@clause id="dsl-response">
- The DSL (or deputy) will respond to online safety and social media concerns involving safeguarding or child protection risks in line with our ${m.cp()} policy.
</@clause>
<@clause id="sanctions">
- Sanctions and/or pastoral/welfare support will be implemented and offered to ${w.children} as appropriate, in line with our <#if m.cpHasAnd()>${m.cp()} policy and our behaviour policy<#else>${m.cp()} and behaviour policies</#if>.<#if !m.allUnderEight()> Civil or legal action may be taken if necessary.</#if>
<#-- Not against children under eight (a nursery, an infant school): the model's warning is for older learners. -->
</@clause>
<@clause id="share-with-parents">
- Concerns regarding ${sm.possessive(w.children)} use of social media will be shared with parents/carers<#if m.adultLearners()> of ${w.children} under 18</#if> as appropriate<#if !allOver13>, particularly when concerning underage use of social media services and games</#if>.
</@clause>
