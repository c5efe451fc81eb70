<#-- Outcomes First Group's wording of one model clause (mobile.learners-use.searching); the rest of the section follows the model. The group words the searching clauses as one list under its concerns bullet, without the model's subsection; so the group leaves out the model's separate concerns clause (schools/shared/outcomes-first-group.yml). -->
- Any concerns regarding ${childrens} use of mobile technology or policy breaches will be dealt with in accordance with our existing policies.
  - Staff may confiscate a ${childs} mobile phone or device if they believe it is being used to contravene any of the ${w.setting}'s or ${school.group.name}'s policies.
  - Searches of mobile phones or personal devices will be carried out in accordance with the DfE's '<@m.link text=g.searching.title url=(g.searching.url)!""/>' guidance.<#if lp.searchNeedsConsent> ${childrens?cap_first} mobile phones or devices may be searched by a member of SLT, with the consent of the ${w.child} or a parent/carer. Content may be deleted or requested to be deleted if it contravenes our policies.</#if>
  - Mobile phones and devices that have been confiscated will be <#if lp.confiscatedHeldIn??>held in ${lp.confiscatedHeldIn} and </#if>released to ${ld.returnedTo()}<#if lp.confiscatedReturned??>${ld.returnedToAside()?then(",", "")} ${lp.confiscatedReturned}</#if>.
  - If there is suspicion that material on a ${childs} personal device or mobile phone may be illegal, or may provide evidence relating to a criminal offence, the device will be handed over to the police for further investigation.
<@clause id="searching-individual-arrangements" source="policygen" meets="mobilePhones">
<@ld.confiscationExceptions/>
</@clause>
