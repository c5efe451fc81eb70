<#-- Learners' own phones, smartwatches and other connected devices. Every sentence here follows from
     the profile's learner_phones (see LearnerPhones.java), and ProfileRules refuses the choices that
     could not all be true; the learners' AUP forms say the same rules in the learner's voice
     (_macros-aup.ftl learnerPhones). Clause ids: mobile.learners-use.<id>. -->
<#import "/_learner-devices.ftl" as ld>
<#assign lp = p.learnerPhones>
<#assign ey = m.earlyYearsSetting()>
<#assign Children = w.children?cap_first>
<#assign childs = m.poss(w.child)>
<#assign childrens = m.poss(w.children)>
<#assign years = school.yearGroups!>
<#-- Pupils no rule covers: year groups no rule names (unknown, so assume some, when the setting's year groups are not
     given), and those of a year group whose rule has a condition they do not meet. -->
<#assign othersRemain = !years?has_content || lp.othersIn(years)?has_content || lp.anyConditional()>
<#assign adultsHere = years?has_content && years.hasAdults()>
<#assign examsHere = lp.exams && !(years?has_content && years.allEarlyYears())>
<#assign hasExceptions = lp.exceptions?has_content>
<#assign onSite = !lp.noDevices()>
<#assign returnedTo = ld.returnedTo()>
<#assign primaryAge = ["INFANT", "JUNIOR", "PRIMARY"]?seq_contains(p.school.type?string)?then("primary age", "this age")>
<#assign exceptNeeds = ld.exceptNeeds()>
## ${childrens?cap_first} use of mobile and smart technology

<@clause id="education">
- ${Children} will be educated regarding the safe and appropriate use of mobile and smart technology, including mobile phones and personal devices, and will be made aware of behaviour expectations and consequences for policy breaches.
<@clause id="taught">
- Safe and appropriate use of mobile and smart technology will be taught to ${w.children} as part of an embedded and progressive safeguarding education approach using age-appropriate sites and resources. Further information is contained within our ${m.cp()} policy.
</@clause>
</@clause>
<#if lp.wholeSchoolBan>
<@clause id="whole-school-ban" source="policygen" meets="mobilePhones">
<@ld.wholeSchoolBan/>
</@clause>
</#if>
<#-- Year groups allowed to bring a phone, each on its own arrangement; everyone else may not. -->
<@clause id="year-group-rules">
<@ld.yearGroupRules/>
</@clause>
<#if lp.basicPhoneAdvice>
<@clause id="basic-phone">
- The ${w.setting} encourages families to purchase a basic phone as a way for ${w.children} to communicate with parents via text or telephone call. However, we do not advise that this is a smart phone, but instead a basic handset. ${Children} of ${primaryAge} are still developing their social awareness and healthy habits with technology, and many functions and apps on a smart phone are not deemed as age appropriate for ${w.children} of ${primaryAge}.
</@clause>
</#if>
<#if lp.allowed?has_content && othersRemain && !lp.handInAll>
<@clause id="all-others">
- All other ${w.children} are not allowed mobile phones ${m.place("within")} at any time${exceptNeeds}.
</@clause>
</#if>
<#-- A boarding school's rules for the boarding houses, outside the school day (policygen's own clause: the model has none). -->
<#if lp.boarding?has_content>
<@clause id="boarding" source="policygen" meets="mobilePhones">
<#-- One clause, so its mark covers every rule: several rules go under one lead sentence. -->
<#if lp.boarding?size == 1>
- ${ld.boarders(lp.boarding[0])}
<#else>
- Outside the school day, boarders may use their phones in the boarding houses as follows:
<#list lp.boarding as b>
  - ${ld.boarders(b, false)}
</#list>
</#if>
</@clause>
</#if>
<#if !lp.wholeSchoolBan>
<@clause id="use-on-site">
<#-- An individual arrangement (a medical device, a young carer's phone) is an exception here too, or the clause contradicts the ones below. -->
<#assign useExcept = []>
<#if lp.anyAreaUse()><#assign useExcept += ["where this policy allows it above"]></#if>
<#if hasExceptions><#assign useExcept += ["under an individual arrangement set out below"]></#if>
<#-- The boarding houses are on site: their rules above are an exception here, not in lessons. -->
<#assign siteExcept = lp.anyAreaUse()?then(["where this policy allows it above"], []) + lp.boarding?has_content?then(["in the boarding houses as set out above"], []) + hasExceptions?then(["under an individual arrangement set out below"], [])>
- Mobile phones and/or personal devices will not be used on site by ${w.children}<#if lp.staffMayPermit()> without a member of staff's permission</#if><#if siteExcept?has_content>, except ${fmt.or(siteExcept)}</#if>.
<#-- Where there are no lessons (a nursery, a club) the clause above says it all. Its exceptions are the clause's
     above, or a sixth-former's phone in the study centre in a study period reads as forbidden. Where the clause above
     allows no use at all (exceptions aside), "not during lessons" beneath it would only suggest use outside them. -->
<#-- A school that words the clause its own way has decided it: printed whatever the rule above. -->
<#if (m.hasLessons() && (lp.staffMayPermit() || lp.anyAreaUse())) || lp.curriculumUseWithApproval || ld.reworded("mobile.learners-use.in-lessons")?has_content>
<@clause id="in-lessons">
  - Mobile phones or personal devices will not be used by ${w.children} during lessons or formal educational time<#if lp.curriculumUseWithApproval>, unless as part of an approved and directed curriculum-based activity with consent from a member of staff</#if><#if useExcept?has_content>, except ${useExcept?join(" or ")}</#if>.
</@clause>
</#if>
<#if lp.curriculumUseWithApproval>
<@clause id="curriculum-use">
  - The use of personal mobile phones or devices for a specific education purpose does not mean that blanket use is permitted.
</@clause>
<@clause id="curriculum-approval">
  - Staff will only allow ${w.children} to use their mobile phones or personal devices as part of an educational activity, following a risk assessment, with approval from the leadership team.
</@clause>
</#if>
<#if lp.breakTimeUse>
<@clause id="break-time">
  - Mobile phones or personal devices can be used by ${w.children} during break or free time, but any use must be in accordance with our anti-bullying and behaviour policy. If ${w.children} breach our policies, this may be revoked.
</@clause>
</#if>
</@clause>
</#if>
<#if onSite>
<#-- "At all times" only where no permission, designated area or individual arrangement makes an exception. -->
<#assign unless = []>
<#if lp.staffMayPermit()><#assign unless += ["unless a member of staff has given permission to use them"]></#if>
<#if lp.anyAreaUse()><#assign unless += ["except where this policy allows their use above"]></#if>
<#if hasExceptions><#assign unless += ["except under an individual arrangement set out below"]></#if>
<@clause id="kept-safe">
- ${school.shortName} expects ${childrens} personal devices and mobile phones to be kept safe and secure when on site<#if lp.switchedOff>; this means they must be switched off and out of sight<#if !unless?has_content> at all times</#if> when ${m.place("in")}<#if unless?has_content>, ${unless?join(", and ")}</#if></#if>.
</@clause>
</#if>
<#if lp.handInAll>
<@clause id="hand-in">
- <#if lp.allowed?has_content>All other ${w.children} who bring a phone<#else>${Children}</#if> will keep their mobile phones switched off and hand them to ${lp.handedInTo!"a member of staff"}, who will keep them in a safe, secure place.
</@clause>
</#if>
<#if lp.smartwatches != "NOT_STATED" && !(lp.wholeSchoolBan && lp.smartwatches == "NOT_ALLOWED")>
<@clause id="smartwatches" source="policygen" meets="mobilePhones">
<@ld.smartwatches/>
</@clause>
</#if>
<#if lp.breachSanction??>
<@clause id="breaches">
- If a ${w.child} breaches the policy, the phone or device will be confiscated and held in a secure place. If ${w.children} use these devices ${m.dayTime()}${ld.unpermittedUse("policy")}, they will be confiscated and returned to ${returnedTo}. ${Children} ${lp.breachSanction}.
</@clause>
</#if>
<@clause id="repeat-breaches">
<@ld.repeatBreaches/>
</@clause>
<#-- Who makes the call home: the school's own arrangement, with the named member of staff where there is one. -->
<@clause id="calling-home">
- If a ${w.child} needs to contact their parents or carers whilst on site, they will be allowed to <#if lp.contactHomeVia??>use ${lp.contactHomeVia}<#if p.people.callsHome??>; ${p.people.callsHome.called} will help them</#if><#elseif p.people.callsHome??>visit the ${w.setting} office, where ${p.people.callsHome.called} will use ${m.a(w.setting)} phone<#else>use ${m.a(w.setting)} phone</#if>.
  - Parents are advised to contact their child via the ${w.setting} office<@clause id="calling-home-exceptions">; exceptions may be permitted on a case-by-case basis, as approved by the ${w.leader}</@clause>.
</@clause>
<@clause id="exceptional-circumstances">
<#-- Where the school has its own arrangements below (with who approves them), this clause covers only other circumstances, so the two never name different approvers for one case. -->
<#if lp.exceptions?has_content>
- If a ${w.child} requires access to a personal device in exceptional circumstances other than those set out below, this will be discussed with the ${w.leader} prior to use being permitted.
<#else>
- If a ${w.child} requires access to a personal device in exceptional circumstances, for example medical assistance and monitoring, this will be discussed with the ${w.leader} prior to use being permitted.
</#if>
<@clause id="exceptions-recorded">
  - Any arrangements regarding access to personal devices in exceptional circumstances will be documented and recorded by the ${w.setting}.<@clause id="exceptions-risk-assessment"> A risk assessment will also be carried out.</@clause>
</@clause>
<#-- A clause of its own, so a school whose arrangements need both the learner's and the parents' agreement can say so. -->
<@clause id="agreements-in-writing">
  - Any specific agreements and expectations (including sanctions for misuse) will be provided in writing and agreed by the ${w.child} and/or their parents/carers before use is permitted.
</@clause>
</@clause>
<#-- Individual arrangements (medical, SEND, young carers). -->
<@clause id="medical-needs" source="policygen" meets="mobilePhones">
<@ld.exception kind="MEDICAL"/>
</@clause>
<@clause id="send-needs" source="policygen" meets="mobilePhones">
<@ld.exception kind="SEND"/>
</@clause>
<@clause id="young-carers" source="policygen" meets="mobilePhones">
<@ld.exception kind="YOUNG_CARER"/>
</@clause>
<#if !ey>
<@clause id="home-learning">
- Where ${childrens} mobile phones or personal devices are used when learning at home, this will be in accordance with our ${w.acceptableUse}.<#if p.socialMedia.homeSchoolApps?has_content> This includes the use of any home-school communication applications, such as ${fmt.or(p.socialMedia.homeSchoolApps)}. Any inappropriate use or misuse of these applications will result in immediate action being taken by the ${w.setting} and potential restriction of use.</#if>
</@clause>
</#if>
<#if examsHere>
<@clause id="exams">
- Mobile phones and personal devices must not be taken into examinations<#if hasExceptions>, unless the examining body's arrangements for a ${childs} individual needs allow it</#if>. ${Children} found in possession of a mobile phone or personal device which facilitates communication or internet access during an exam will be reported to the appropriate examining body. This may result in the withdrawal from either that examination or all examinations.
</@clause>
</#if>
<@clause id="concerns">
- Where there are any concerns regarding ${childrens} use of mobile or smart technology or policy breaches, they will be dealt with in accordance with our existing policies, including anti-bullying, ${m.cp()}<#if m.hasOnlineSafetyPolicy()>, online safety</#if> and behaviour.
</@clause>

<@clause id="searching">
<#-- The subsection's heading is a clause of its own: a school that lists these rules without one leaves it out. -->
<@clause id="searching-title">
### Searching, screening and confiscation of electronic devices
</@clause>

<@clause id="searching-evidence">
- Electronic devices, including mobile phones, can contain files or data which relate to an offence, or which may cause harm to another person. This includes, but is not limited to, indecent images of children, pornography, abusive messages, images or videos, or evidence relating to suspected criminal behaviour.
</@clause>
<@clause id="searching-confiscate">
<#-- Where no child may bring one, bringing it is reason enough: misuse alone left the phone brought to a no-phones school unexplained. -->
- Staff may confiscate a ${childs} mobile phone or device if <#if lp.wholeSchoolBan>it is brought ${m.place("to")}<#if hasExceptions || ld.otherCircumstances()> without an agreed arrangement</#if>, or if </#if>they believe it is being used to contravene our ${m.cpListed()}, behaviour or anti-bullying policy.
</@clause>
<@clause id="searching-held">
- Mobile phones and devices that have been confiscated will be <#if lp.confiscatedHeldIn??>held in ${lp.confiscatedHeldIn} and </#if>released to ${returnedTo}<#if lp.confiscatedReturned??>${ld.returnedToAside()?then(",", "")} ${lp.confiscatedReturned}</#if>.
</@clause>
<@clause id="searching-individual-arrangements" source="policygen" meets="mobilePhones">
<@ld.confiscationExceptions/>
</@clause>
<@clause id="searching-indecent-images">
- Where a concern involves a potentially indecent image or video of a child, staff will respond in line with our ${m.cp()} policy and will confiscate devices, avoid looking at any content, and refer the incident to the Designated Safeguarding Lead (or deputy) urgently, as they will be the most appropriate person to respond.
</@clause>
<@clause id="searching-police">
- If there is suspicion that data or files on a ${childs} personal device or mobile phone may be illegal, or may provide evidence relating to a criminal offence, the device will be handed over to the police for further investigation.
</@clause>
<#if lp.searchNeedsConsent>
<@clause id="searching-consent">
- ${childrens?cap_first} mobile phones or devices may be searched by a member of the leadership team, with the consent of the ${w.child} or<#if m.adultLearners()>, for a ${w.child} under 18,</#if> a parent/carer. Content may be deleted or requested to be deleted, if it contravenes our policies.
</@clause>
</#if>
<#-- The DfE's searching powers are for schools; early years settings and clubs rely on consent, and so
     does an infant school where no child brings a device. -->
<#if !ey && !(lp.wholeSchoolBan && years?has_content && years.allUnderEight())>
<@clause id="searching-dfe">
- If deemed to be necessary and appropriate, searches of mobile phones or personal devices will be carried out in accordance with our behaviour policy and the DfE '<@m.link text=g.searching.title url=(g.searching.url)!""/>' guidance.
</@clause>
<@clause id="searching-respond">
- Staff will respond in line with our ${m.cp()} policy and follow the most appropriate safeguarding response if they find images, data or files on a ${childs} electronic device that they reasonably suspect are likely to put a person at risk.
</@clause>
<@clause id="searching-dsl-informed">
- The Designated Safeguarding Lead (or deputy) will always be informed of any searching incidents where authorised members of staff have reasonable grounds to suspect a ${w.child} was in possession of prohibited items, as identified in our behaviour policy.
</@clause>
<@clause id="searching-dsl-involved">
- The Designated Safeguarding Lead (or deputy) will be involved without delay if staff believe a search of a ${childs} personal mobile or smart technology device has revealed a safeguarding risk.
</@clause>
<@clause id="searching-examine-erase">
- In exceptional circumstances and in accordance with our behaviour policy and the DfE '<@m.link text=g.searching.title url=(g.searching.url)!""/>' guidance, the ${w.leader} or authorised members of staff may examine or erase data or files if there is a good reason to do so.
<@clause id="searching-good-reason-examine">
  - In determining whether there is a 'good reason' to examine images, data or files, the ${w.leader} or an authorised member of staff will need to reasonably suspect that the images, data or files on the device have been, or could be, used to cause harm, undermine the safe environment of the ${w.setting} and disrupt teaching, or be used to commit an offence.
</@clause>
<@clause id="searching-good-reason-erase">
  - In determining whether there is a 'good reason' to erase any images, data or files from the device, the member of staff should consider whether the material found may constitute evidence relating to a suspected offence. In those instances, the data or files should not be deleted, and the device must be handed to the police as soon as it is reasonably practicable.
</@clause>
<@clause id="searching-delete">
  - If the data or files are not suspected to be evidence in relation to an offence, the ${w.leader} or an authorised member of staff may delete the images, data or files if the continued existence of the data or file is likely to continue to cause harm to any person and the ${w.child} and/or the parent refuses to delete the data or files themselves.
</@clause>
</@clause>
<@clause id="searching-specified-offence">
- If the ${w.leader} or a member of staff finds any data or files that they suspect might constitute a specified offence, they will be delivered to the police as soon as is reasonably practicable.
</@clause>
</#if>
</@clause>
