<#-- Outcomes First Group's version of the learners' section: the group's wording and policies. The
     responses to a breach (sanctions, telling parents, child protection) are in the model's
     "Responding to policy breaches" section. -->
<#assign lp = p.learnerPhones>
<#assign group = school.group>
<#assign Children = w.children?cap_first>
<#assign childs = m.poss(w.child)>
<#assign childrens = m.poss(w.children)>
<#assign heldIn = (lp.confiscatedHeldIn == "the school office")?then("the " + w.setting + " office", lp.confiscatedHeldIn)>
## ${childrens?cap_first} use of mobile and smart technology

- ${Children} will be educated regarding the safe and appropriate use of mobile and smart technology, including mobile phones and personal devices, and will be made aware of behaviour expectations and consequences for policy breaches.
- Safe and appropriate use of mobile and smart technology will be taught as part of an embedded and progressive safeguarding education approach using age-appropriate sites and resources.
- Mobile phones and/or personal devices will not be used on site by ${w.children}<#if lp.curriculumUseWithApproval || lp.breakTimeUse>, except as set out below</#if>.
  - Mobile phones or personal devices will not be used by ${w.children} during lessons or formal educational time<#if lp.curriculumUseWithApproval>, unless as part of an approved and directed curriculum-based activity with consent from a member of staff</#if>.
<#if lp.curriculumUseWithApproval>
  - The use of personal mobile phones or devices for a specific education purpose does not mean that blanket use is permitted.
  - Staff will only allow ${w.children} to use their mobile phones or personal devices as part of an educational activity, following a risk assessment, with approval from the ${w.setting}'s Senior Leadership Team (SLT).
</#if>
<#if lp.breakTimeUse>
- Mobile phones or personal devices can be used by ${w.children} during break or free time, but any use must be in accordance with the ${w.setting}'s anti-bullying and behaviour policy. If ${w.children} breach our policies, this may be revoked.
</#if>
- ${childrens?cap_first} personal devices and mobile phones should be kept safe and secure when on site.
<#if lp.handInAll>
- Mobile phones will be handed in to ${lp.handedInTo!"a member of staff"} at the start of the day<#if lp.switchedOff>, switched off,</#if> and have certain functions disabled whilst on site.
</#if>
- If a ${w.child} needs to contact their parents or carers whilst on site, they will be allowed to use ${lp.contactHomeVia!(m.a(w.setting) + " phone")}.
- Parents/carers are advised to contact their child via the ${w.setting} office; exceptions may be permitted on a case-by-case basis, as approved by the ${w.leader}.
- If a ${w.child} requires access to a personal device in exceptional circumstances, for example medical assistance and monitoring, this will be discussed with the ${w.leader} prior to use being permitted.
  - Any arrangements regarding access to personal devices in exceptional circumstances will be documented and recorded by the ${w.setting}.
  - Specific agreements and expectations (including sanctions for misuse) will be provided in writing and agreed by the ${w.child} and/or their parents/carers before use is permitted.
- Where ${childrens} mobile phones or personal devices are used when learning at home, this will be in accordance with the ${w.acceptableUse}.
<#if lp.exams>
- Mobile phones and personal devices must not be taken into examinations or tests. ${Children} found in possession of a mobile phone or personal device which facilitates communication or internet access during an exam will be reported to the appropriate examining body. This may result in the withdrawal from either that examination or all examinations.
</#if>
- Any concerns regarding ${childrens} use of mobile technology or policy breaches will be dealt with in accordance with our existing policies.
  - Staff may confiscate a ${childs} mobile phone or device if they believe it is being used to contravene any of the ${w.setting}'s or ${group.name}'s policies.
  - Searches of mobile phones or personal devices will be carried out in accordance with the DfE's '<@m.link text=g.searching.title url=(g.searching.url)!""/>' guidance.<#if lp.searchNeedsConsent> ${childrens?cap_first} mobile phones or devices may be searched by a member of SLT, with the consent of the ${w.child} or a parent/carer. Content may be deleted or requested to be deleted if it contravenes our policies.</#if>
  - Mobile phones and devices that have been confiscated will be held in ${heldIn} and released to parents/carers ${lp.confiscatedReturned}.
  - If there is suspicion that material on a ${childs} personal device or mobile phone may be illegal, or may provide evidence relating to a criminal offence, the device will be handed over to the police for further investigation.
