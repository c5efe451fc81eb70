<#-- Learners' own devices: the sentences the model's learners' section and a group's own version of
     it both print, so a group's wording can differ clause by clause and never drifts from the
     profile's rules. Import with <#import "/_learner-devices.ftl" as ld>; the section template
     wraps each macro in its <@clause> so the ids stay the section's (mobile.learners-use.*). -->

<#-- Whether some learners may be 18 or over. -->
<#function adultsHere>
  <#return m.adultLearners()>
</#function>

<#-- Who gets a confiscated device back: never "parents" alone where learners may be adults. -->
<#function returnedTo>
  <#if (p.learnerPhones.confiscatedReturnedTo!"") == "LEARNER"><#return "the " + w.child></#if>
  <#return "parents/carers" + returnedToAside()?then(", or to the " + w.child + " if they are 18 or over", "")>
</#function>

<#-- Whether returnedTo() ends in an aside ("..., or to the pupil if they are 18 or over"), so a time after it takes a comma. -->
<#function returnedToAside>
  <#return (p.learnerPhones.confiscatedReturnedTo!"") != "LEARNER" && adultsHere()>
</#function>

<#-- "written " where the policy's staff rule asks for written permission (the model's does; a school that rewords it
     may not): every other sentence on staff permission says the same. -->
<#function writtenPermission>
  <#local own = reworded("mobile.staff-use.use-personal-devices")>
  <#return (!own?has_content || own?contains("written"))?then("written ", "")>
</#function>

<#-- Whether the school left a clause of the model out: a summary or a form then says nothing the policy does not. -->
<#function omitted id>
  <#return p.clauses.omit?seq_contains(id)>
</#function>

<#-- The school's own wording of a clause of the model, or "" where it keeps the model's. -->
<#function reworded id>
  <#list p.clauses.replace as r><#if r.id == id><#return r.text></#if></#list>
  <#return "">
</#function>

<#-- Whether the policy prints each of these clauses in the model's words, neither left out nor reworded by the school:
     only then may a form or the summary restate it (a form restating the model's rule beside the school's own
     wording would contradict the policy the signer is told to read). -->
<#function kept ids...>
  <#list ids as id><#if omitted(id) || reworded(id)?has_content><#return false></#if></#list>
  <#return true>
</#function>

<#-- The use the breaches clause (learner_phones.breach_sanction) punishes, after "use these devices in school time":
     "without staff permission" only where staff may give it (break time, lessons); beside areas where phones may be used,
     use anywhere else; otherwise any use at all. A school that gives no permission had "without staff permission"
     printed for it, as if staff could. -->
<#function unpermittedUse voice>
  <#local lp = p.learnerPhones>
  <#-- A school's own wording of the clause says whose permission (Whitstable's: a teacher's); the forms keep to "without permission". -->
  <#if voice != "policy" && reworded("mobile.learners-use.breaches")?has_content><#return " without permission"></#if>
  <#if lp.curriculumUseWithApproval || lp.breakTimeUse><#return (voice == "policy")?then(" without staff permission", " without permission")></#if>
  <#if lp.anyAreaUse()><#return (voice == "policy")?then(" other than where this policy allows", " other than where our rules allow")></#if>
  <#return "">
</#function>

<#-- Whether the policy has the breaches clause, so the summary and the forms may restate the sanction (a profile fact,
     learner_phones.breach_sanction, which a school's own wording of the clause states too: Whitstable's). -->
<#function breachesSaid>
  <#return p.learnerPhones.breachSanction?? && !omitted("mobile.learners-use.breaches")>
</#function>

<#-- Whether the policy says what happens to a confiscated phone (its breaches clause, or the searching clauses). -->
<#function saysConfiscation>
  <#if p.learnerPhones.breachSanction?? && !omitted("mobile.learners-use.breaches")><#return true></#if>
  <#return !omitted("mobile.learners-use.searching") && !omitted("mobile.learners-use.searching-held")>
</#function>

<#-- The exception every blanket rule carries when the school has individual arrangements. -->
<#-- The policy keeps the model's route for other exceptional circumstances (mobile.learners-use.exceptional-circumstances)
     unless the school leaves it out; a blanket rule then names that route too, so it never says "at any time" and then
     describes an exception. -->
<#function otherCircumstances>
  <#return !omitted("mobile.learners-use.exceptional-circumstances")>
</#function>

<#function exceptNeeds>
  <#if !p.learnerPhones.exceptions?has_content><#return ""></#if>
  <#return ", except under an individual arrangement for " + fmt.or(p.learnerPhones.exceptionNeeds) + " agreed with the " + w.setting
      + otherCircumstances()?then(", or in other exceptional circumstances the " + w.leader + " agrees", "")>
</#function>

<#macro wholeSchoolBan>
- ${w.children?cap_first} do not bring mobile phones, smartwatches or other personal devices ${m.place("to")}, and none are used on site by ${w.children} at any time${exceptNeeds()}<#if !p.learnerPhones.exceptions?has_content && otherCircumstances()>, except in exceptional circumstances the ${w.leader} agrees, as set out below</#if>.
</#macro>

<#-- Each group of year groups that may bring a device, on its own arrangement. -->
<#macro yearGroupRules>
<#list p.learnerPhones.allowed as rule>
- ${w.children?cap_first} in ${rule.yearGroups} are permitted to bring their phone ${m.place("to")}<#if rule.condition??> ${rule.condition}</#if>. <#if rule.arrival == "HAND_IN"><#if rule.condition??>On these occasions, the<#else>The</#if> ${w.child} must bring their mobile phone to ${rule.handIn} on arrival and it can be collected ${rule.returned}.<#elseif rule.arrival == "LOCKED_POUCH">On arrival, the ${w.child} locks their phone in a phone pouch, which is unlocked ${rule.returned}.<#elseif rule.arrival == "LOCKER">On arrival, the ${w.child} locks their phone in their locker and may collect it ${rule.returned}.<#else>The ${w.child} keeps their phone switched off and out of sight<#if rule.usesInAreas()>, except in ${fmt.list(rule.mayUseIn)}, where they may use it<#if rule.mayUseWhen??> ${rule.mayUseWhen}</#if></#if>.</#if>
</#list>
</#macro>

<#-- Boarders' phones outside the school day (learner_phones.boarding), in the third person: the policy, its summary
     and the parents' form say it alike. In the school day the year groups' rules above apply to boarders too. -->
<#function boarders b outside=true>
  <#local s = outside?then("Outside the school day, boarders in ", "Boarders in ") + b.yearGroups + " may use their phones " + b.mayUse?trim?remove_ending(".")>
  <#if b.keptIn??>
    <#local s += "; at other times their phones are kept in " + b.keptIn?trim?remove_ending(".")>
    <#if b.handedIn??><#local s += ", and they hand them in " + b.handedIn?trim?remove_ending(".")></#if>
  </#if>
  <#return s + ".">
</#function>

<#macro smartwatches>
<#if p.learnerPhones.smartwatches == "AS_PHONES">
- These rules apply equally to smartwatches and other connected devices, such as fitness trackers or earbuds that connect to a phone.
<#-- A whole-school ban already names smartwatches; saying it again would be the same rule twice. -->
<#elseif p.learnerPhones.smartwatches == "NOT_ALLOWED" && !p.learnerPhones.wholeSchoolBan>
- ${w.children?cap_first} do not bring or wear smartwatches or other connected devices, such as fitness trackers that connect to a phone, ${m.place("in")}${exceptNeeds()}.
</#if>
</#macro>

<#macro repeatBreaches>
<#if p.learnerPhones.repeatBreaches??>
- A ${w.child} who breaches this policy repeatedly ${p.learnerPhones.repeatBreaches}.
</#if>
</#macro>

<#-- One kind of individual arrangement: the device stays with the learner or a key adult, switched
     on, and is never taken away in a way that endangers them; who approves it and where it is recorded. -->
<#macro exception kind>
<#list p.learnerPhones.exceptionsOf(kind) as e>
<#local childs = m.poss(w.child)>
<#local keptWith = {"LEARNER": "with them", "KEY_ADULT": "with a named key adult, who gives it to them whenever they need it", "LEARNER_OR_KEY_ADULT": "with them or with a named key adult, as their arrangement says"}[e.keptBy]>
<#if kind == "MEDICAL">
- A ${w.child} who needs a phone or other device for a medical condition under their individual healthcare plan, for example to run a glucose-monitoring app, keeps it ${keptWith}, switched on, throughout the day. It is not switched off, handed in or confiscated in any way that would put their health at risk. <@agreed e/>
<#elseif kind == "SEND">
- A ${w.child} who needs a device because of a special educational need or disability, for example as a communication aid, keeps it ${keptWith}, switched on, and it is not taken from them in any way that would stop them communicating or learning. <@agreed e/>
<#else>
- A ${w.child} who is a young carer and needs to be reachable by the person they care for keeps their phone ${keptWith}, switched on and silent, and it is not taken from them in any way that would stop them being reached. <@agreed e/>
</#if>
</#list>
</#macro>

<#-- Who approves an arrangement and where it is recorded: only what the profile says, else the model's own words. -->
<#macro agreed e>Each arrangement is <#if e.approvedBy??>approved by ${e.approvedBy}<#else>agreed with the ${w.setting}</#if> and recorded<#if e.recordedIn??> in ${e.recordedIn}<#else> by the ${w.setting}</#if>.</#macro>

<#-- Said where confiscation is described, when the school has individual arrangements. -->
<#macro confiscationExceptions>
<#if p.learnerPhones.exceptions?has_content>
<#-- A key adult only where an arrangement names one: a learner who keeps their own device has none. -->
- A device a ${w.child} needs under an individual arrangement is never kept from them in a way that puts them at risk: if it must be taken for a safeguarding reason, <#if p.learnerPhones.exceptions?filter(e -> e.keptBy != "LEARNER")?has_content>it is given to the key adult named in their arrangement, or their needs are met in another way straight away<#else>their needs are met in another way straight away</#if>.
</#if>
</#macro>
