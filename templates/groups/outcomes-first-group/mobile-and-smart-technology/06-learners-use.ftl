<#-- Outcomes First Group's version of the learners' section: the group's wording where the group
     words a clause differently, and the model's shared clauses (_learner-devices.ftl) for every
     rule the profile sets, under the model's clause ids (mobile.learners-use.*), so a school can
     omit or replace the same clause whichever version it gets. The responses to a breach
     (sanctions, telling parents, child protection) are in the model's "Responding to policy
     breaches" section. -->
<#import "/_learner-devices.ftl" as ld>
<#assign lp = p.learnerPhones>
<#assign group = school.group>
<#assign Children = w.children?cap_first>
<#assign childs = m.poss(w.child)>
<#assign childrens = m.poss(w.children)>
<#assign years = school.yearGroups!>
<#assign examsHere = lp.exams && !(years?has_content && years.allEarlyYears())>
<#assign heldIn = (lp.confiscatedHeldIn == "the school office")?then("the " + w.setting + " office", lp.confiscatedHeldIn)>
## ${childrens?cap_first} use of mobile and smart technology

<@clause id="education">
- ${Children} will be educated regarding the safe and appropriate use of mobile and smart technology, including mobile phones and personal devices, and will be made aware of behaviour expectations and consequences for policy breaches.
- Safe and appropriate use of mobile and smart technology will be taught as part of an embedded and progressive safeguarding education approach using age-appropriate sites and resources.
</@clause>
<#if lp.wholeSchoolBan>
<@clause id="whole-school-ban" source="policygen" meets="mobilePhones">
<@ld.wholeSchoolBan/>
</@clause>
</#if>
<@clause id="year-group-rules">
<@ld.yearGroupRules/>
</@clause>
<#if lp.allowed?has_content && !lp.handInAll && (!years?has_content || lp.othersIn(years)?has_content)>
<@clause id="all-others">
- All other ${w.children} are not allowed mobile phones ${m.place("within")} at any time${ld.exceptNeeds()}.
</@clause>
</#if>
<#if !lp.wholeSchoolBan>
<@clause id="use-on-site">
- Mobile phones and/or personal devices will not be used on site by ${w.children}<#if lp.staffMayPermit() || lp.anyAreaUse()>, except as set out below</#if>.
  - Mobile phones or personal devices will not be used by ${w.children} during lessons or formal educational time<#if lp.curriculumUseWithApproval>, unless as part of an approved and directed curriculum-based activity with consent from a member of staff</#if>.
<#if lp.curriculumUseWithApproval>
  - The use of personal mobile phones or devices for a specific education purpose does not mean that blanket use is permitted.
  - Staff will only allow ${w.children} to use their mobile phones or personal devices as part of an educational activity, following a risk assessment, with approval from the ${w.setting}'s Senior Leadership Team (SLT).
</#if>
</@clause>
</#if>
<#if lp.breakTimeUse>
<@clause id="break-time">
- Mobile phones or personal devices can be used by ${w.children} during break or free time, but any use must be in accordance with the ${w.setting}'s anti-bullying and behaviour policy. If ${w.children} breach our policies, this may be revoked.
</@clause>
</#if>
<#if !lp.noDevices()>
<@clause id="kept-safe">
- ${childrens?cap_first} personal devices and mobile phones should be kept safe and secure when on site.
</@clause>
</#if>
<#if lp.handInAll>
<@clause id="hand-in">
- <#if lp.allowed?has_content>All other ${w.children}'s mobile phones<#else>Mobile phones</#if> will be handed in to ${lp.handedInTo!"a member of staff"} at the start of the day<#if lp.switchedOff>, switched off,</#if> and have certain functions disabled whilst on site.
</@clause>
</#if>
<#if lp.smartwatches != "NOT_STATED" && !(lp.wholeSchoolBan && lp.smartwatches == "NOT_ALLOWED")>
<@clause id="smartwatches" source="policygen" meets="mobilePhones">
<@ld.smartwatches/>
</@clause>
</#if>
<@clause id="repeat-breaches">
<@ld.repeatBreaches/>
</@clause>
<@clause id="calling-home">
- If a ${w.child} needs to contact their parents or carers whilst on site, they will be allowed to use ${lp.contactHomeVia!(m.a(w.setting) + " phone")}<#if p.people.callsHome??>; ${p.people.callsHome.called} will help them</#if>.
- Parents/carers are advised to contact their child via the ${w.setting} office; exceptions may be permitted on a case-by-case basis, as approved by the ${w.leader}.
</@clause>
<@clause id="exceptional-circumstances">
- If a ${w.child} requires access to a personal device in exceptional circumstances, for example medical assistance and monitoring, this will be discussed with the ${w.leader} prior to use being permitted.
  - Any arrangements regarding access to personal devices in exceptional circumstances will be documented and recorded by the ${w.setting}.
  - Specific agreements and expectations (including sanctions for misuse) will be provided in writing and agreed by the ${w.child} and/or their parents/carers before use is permitted.
</@clause>
<@clause id="medical-needs" source="policygen" meets="mobilePhones">
<@ld.exception kind="MEDICAL"/>
</@clause>
<@clause id="send-needs" source="policygen" meets="mobilePhones">
<@ld.exception kind="SEND"/>
</@clause>
<@clause id="young-carers" source="policygen" meets="mobilePhones">
<@ld.exception kind="YOUNG_CARER"/>
</@clause>
<@clause id="home-learning">
- Where ${childrens} mobile phones or personal devices are used when learning at home, this will be in accordance with the ${w.acceptableUse}.
</@clause>
<#if examsHere>
<@clause id="exams">
- Mobile phones and personal devices must not be taken into examinations or tests. ${Children} found in possession of a mobile phone or personal device which facilitates communication or internet access during an exam will be reported to the appropriate examining body. This may result in the withdrawal from either that examination or all examinations.
</@clause>
</#if>
<@clause id="searching">
- Any concerns regarding ${childrens} use of mobile technology or policy breaches will be dealt with in accordance with our existing policies.
  - Staff may confiscate a ${childs} mobile phone or device if they believe it is being used to contravene any of the ${w.setting}'s or ${group.name}'s policies.
  - Searches of mobile phones or personal devices will be carried out in accordance with the DfE's '<@m.link text=g.searching.title url=(g.searching.url)!""/>' guidance.<#if lp.searchNeedsConsent> ${childrens?cap_first} mobile phones or devices may be searched by a member of SLT, with the consent of the ${w.child} or a parent/carer. Content may be deleted or requested to be deleted if it contravenes our policies.</#if>
  - Mobile phones and devices that have been confiscated will be held in ${heldIn} and released to ${ld.returnedTo()}${ld.adultsHere()?then(",", "")} ${lp.confiscatedReturned}.
  - If there is suspicion that material on a ${childs} personal device or mobile phone may be illegal, or may provide evidence relating to a criminal offence, the device will be handed over to the police for further investigation.
<@clause id="searching-individual-arrangements" source="policygen" meets="mobilePhones">
<@ld.confiscationExceptions/>
</@clause>
</@clause>
