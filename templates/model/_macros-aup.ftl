<#-- Helpers for the Acceptable Use Policy forms (templates/model/aup/), owned by the AUP templates.
     Import with: <#import "/_macros-aup.ftl" as am>
     Every phone statement here is worded from the same profile facts as the mobile and smart
     technology policy's section on learners' use (06-learners-use.ftl), so a form can never promise
     what the policy forbids. Functions return plain text (escaped when printed); macros print Markdown. -->
<#import "/_macros.ftl" as m>
<#import "/_learner-devices.ftl" as ld>
<#import "/_macros-social.ftl" as sm>

<#-- The year groups each learners' form is for (Nursery = -1, Reception = 0); the simplified form is
     for every year group of the setting. -->
<#assign ranges = {"learners-early-years-ks1": [-1, 2], "learners-ks2": [3, 6], "learners-ks3-ks4": [7, 14], "learners-send": [-1, 14]}>

<#-- This setting's year groups that the form being written is for (empty for adults' forms, or when
     the setting's year groups are not known). -->
<#function formYears>
  <#local out = []>
  <#if !(school.yearGroups??) || !(ranges[form.id]??)><#return out></#if>
  <#local r = ranges[form.id]>
  <#list school.yearGroups.groups as y>
    <#if (y.order >= r[0]) && (y.order <= r[1])><#local out += [y]></#if>
  </#list>
  <#return out>
</#function>

<#function orders years>
  <#local out = []>
  <#list years as y><#local out += [y.order]></#list>
  <#return out>
</#function>

<#-- Year groups as the policy writes them: "Year 5", "Year 5 and Year 6", "Year 3 to Year 5". -->
<#function yearsText years>
  <#local n = years?size>
  <#if n == 0><#return ""></#if>
  <#if n == 1><#return "${years[0]}"></#if>
  <#if (n > 2) && (years[n - 1].order - years[0].order + 1 == n)><#return "${years[0]} to ${years[n - 1]}"></#if>
  <#return fmt.list(years)>
</#function>

<#-- The school's phone permissions that reach the given year groups, each with the year groups it
     covers among them: a sequence of {"rule": PhoneRule, "years": [YearGroup]}. -->
<#function rulesFor years>
  <#local wanted = orders(years)>
  <#local out = []>
  <#list p.learnerPhones.allowed as rule>
    <#local here = []>
    <#list rule.yearGroups.groups as y>
      <#if wanted?seq_contains(y.order)><#local here += [y]></#if>
    </#list>
    <#if here?has_content><#local out += [{"rule": rule, "years": here}]></#if>
  </#list>
  <#return out>
</#function>

<#-- The given year groups that none of the found permissions covers. -->
<#function notCovered years found>
  <#local covered = []>
  <#list found as f><#local covered += orders(f.years)></#list>
  <#local out = []>
  <#list years as y>
    <#if !covered?seq_contains(y.order)><#local out += [y]></#if>
  </#list>
  <#return out>
</#function>

<#-- Whether children may ever use a phone on site with a member of staff's permission. -->
<#function staffMayPermit>
  <#return p.learnerPhones.curriculumUseWithApproval || p.learnerPhones.breakTimeUse>
</#function>

<#-- The policy's phrase for the time a rule applies (m.dayTime). -->
<#function dayTime>
  <#return m.dayTime()>
</#function>

<#-- The adult a child asks: a teacher in a school, a member of staff in an early years setting or club. -->
<#function grownUp>
  <#return m.earlyYearsSetting()?then("a member of staff", "my teacher")>
</#function>

<#-- A place or time from the profile, in a child's own words: "their tutor" -> "my tutor". -->
<#function mine text>
  <#-- "when they leave" as well as "their tutor": a profile's phrase speaks of the learner in the third person. -->
  <#return text?replace("\\btheir\\b", "my", "r")?replace("\\bthem\\b", "me", "r")?replace("\\bthey are\\b", "I am", "r")
      ?replace("\\bthey\\b", "I", "r")?replace("\\bthemselves\\b", "myself", "r")>
</#function>

<#-- A longer phrase from the profile, where "them" and "they" may be the phones or the staff: only "their" is the learner's
     ("their class team" -> "my class team"; "which keeps them until they go home" stays as written). -->
<#function myOwn text>
  <#return text?replace("\\btheir\\b", "my", "r")>
</#function>

<#-- A phrase about the learner in a parent's voice: "meet with the headteacher, their parent or carer and ..." -> "..., me
     and ...", where the parent is the object of a list or "with"/"to"; and "their parents will be told" -> "I will be told". -->
<#function parentsOwn text>
  <#return text?replace("(?<=(, |with |to |and ))their (parent or carer|parents or carers|parents/carers|parent/carer|parents|parent)(?=(,| and|\\.|$))", "me", "r")
      ?replace("\\btheir (parent or carer|parents or carers|parents/carers|parents|parent) will be\\b", "I will be", "r")>
</#function>

<#-- A sentence from the profile, without the full stop it may end with. -->
<#function bare text>
  <#local t = text?trim>
  <#return t?ends_with(".")?then(t?remove_ending("."), t)>
</#function>

<#-- The social media policy's own exception on a learners' form, after "I do not use social media for personal use …":
     where a year group on the form may use its phones in an area (a sixth-form centre, a hospital school's wards),
     ", except in …, where I may use my own phone"; nothing elsewhere. A rule for every year group on the form needs no
     "for Year 12 and Year 13". -->
<#function socialMediaAreas>
  <#local areaRules = []>
  <#list rulesFor(formYears()) as f><#if f.rule.usesInAreas()><#local areaRules += [f]></#if></#list>
  <#if !areaRules?has_content><#return ""></#if>
  <#local everyYear = areaRules?size == 1 && areaRules[0].years?size == formYears()?size>
  <#local s = ", except">
  <#list areaRules as f>
    <#local s += (!everyYear)?then(", for " + yearsText(f.years) + ",", "") + " in " + fmt.or(f.rule.mayUseIn) + (f.rule.mayUseWhen??)?then(" " + f.rule.mayUseWhen, "") + f?has_next?then(", and", "")>
  </#list>
  <#return s + ", where I may use my own phone">
</#function>

<#-- A school's own wording of one of the policy's rules, quoted on a form (which must not restate the model's rule
     beside it): “Mobile phones are only used within specific areas.” -->
<#function quoted id>
  <#return "“" + bare(ld.reworded(id))?cap_first + ".”">
</#function>

<#-- The policy's rules for parents and visitors on site, as a signer of a form promises them ("When I am on site, "
     on the parents' form): the model's rule in the signer's words, or the school's own wording quoted. Left out
     where the school leaves the rule out, or words the whole list its own way. The exception for events is the
     parents' (visitors.phones_at_events): a contractor or volunteer signs the rule without it. -->
<#macro visitorsOnSite lead forParents>
<#local v = p.visitors>
<#local all = "mobile.visitors-use.parents-carers-visitors">
<#if ld.kept(all)>
<#if v.phonesAllowedIn?has_content && !ld.omitted("mobile.visitors-use.mobile-phones-personal")>
<#if ld.kept("mobile.visitors-use.mobile-phones-personal")>
- ${lead}I will only use my mobile phone and personal devices in ${fmt.or(v.phonesAllowedIn)}, and never in areas with ${w.children}<#if v.phonesAtEvents && forParents> except at events where parents are on site<#if v.photographyAtEvents?? && !ld.omitted("mobile.visitors-use.start-each-event")>, as below</#if></#if>.
<#else>
- ${lead}I will follow our policy's rule: ${quoted("mobile.visitors-use.mobile-phones-personal")}
</#if>
</#if>
<#if v.noCallsInPublicAreas && !ld.omitted("mobile.visitors-use.public-areas")>
<#if !ld.kept("mobile.visitors-use.public-areas")>
- ${lead}I will follow our policy's rule: ${quoted("mobile.visitors-use.public-areas")}
<#elseif forParents>
- ${lead}I will not hold phone conversations in public areas, and I will keep my phone out of sight<#if v.phonesAllowedIn?has_content> outside ${fmt.or(v.phonesAllowedIn)}</#if>.
<#else>
- I will limit my use of my mobile phone: I will not hold conversations in public areas on site, and my phone will remain out of sight<#if v.phonesAllowedIn?has_content> outside ${fmt.or(v.phonesAllowedIn)}<#else> at all times</#if>.
</#if>
</#if>
</#if>
</#macro>

<#-- Whether visitorsOnSite says anything. -->
<#function saysVisitorsOnSite>
  <#local v = p.visitors>
  <#return ld.kept("mobile.visitors-use.parents-carers-visitors") && ((v.phonesAllowedIn?has_content && !ld.omitted("mobile.visitors-use.mobile-phones-personal"))
      || (v.noCallsInPublicAreas && !ld.omitted("mobile.visitors-use.public-areas")))>
</#function>

<#-- The policy's rule for photographs at events, as a parent understands it; empty where the policy does not print it. -->
<#function eventsRule>
  <#if !p.visitors.photographyAtEvents?? || !ld.kept("mobile.visitors-use.parents-carers-visitors") || ld.omitted("mobile.visitors-use.start-each-event")><#return ""></#if>
  <#if ld.kept("mobile.visitors-use.start-each-event")><#return "I understand that, at events where parents are on site, " + bare(p.visitors.photographyAtEvents)?uncap_first + "."></#if>
  <#return "I understand our policy's rule for events where parents are on site: " + quoted("mobile.visitors-use.start-each-event")>
</#function>

<#-- The names of the designated safeguarding leads, for children: "Ruth Ardrey", "A, B or C". -->
<#-- Every named safeguarding lead, deputies too, for a learner's form: in an all-through school the primary phase's
     deputy may be the one its children know. -->
<#function dslNames>
  <#local names = []>
  <#list school.dsls + school.deputies as d><#local names += ["${d.called}"]></#list>
  <#return fmt.or(names)>
</#function>

<#-- The DSL for adults' forms: "the Designated Safeguarding Lead (DSL), Ruth Ardrey (Headteacher)",
     with the deputies when named; "the Designated Safeguarding Lead (DSL)" when nobody is named. -->
<#function dslText>
  <#local people = []>
  <#-- A role with brackets of its own ("Deputy Head (Pastoral)") follows a comma rather than nest in another pair. -->
  <#list school.dsls as d><#local people += [(d.role??)?then(d.role?contains("(")?then("${d.name}, ${d.role}", "${d.name} (${d.role})"), "${d.name}")]></#list>
  <#local text = "the Designated Safeguarding Lead" + (school.dsls?size > 1)?then("s (DSLs)", " (DSL)")>
  <#if people?has_content><#local text += ", " + fmt.or(people) + ","></#if>
  <#if school.deputies?has_content>
    <#local deputies = []>
    <#list school.deputies as d><#local deputies += ["${d.name}"]></#list>
    <#local text += " or a deputy DSL (" + fmt.or(deputies) + ")">
  </#if>
  <#-- No deputy named: a reader is sent only to the people named, never to "a deputy" nobody can identify. -->
  <#return text?remove_ending(",")>
</#function>

<#-- Who approves the official use of social media: the leader, or the profile's own body ("management team"). -->
<#function approver>
  <#return sm.approver()>
</#function>

<#-- The title of the document each policy is published in. -->
<#function mobilePolicy>
  <#return school.policyTitles.mobile>
</#function>

<#function hasSocialMediaPolicy>
  <#return p.documents.arrangement != "MOBILE_ONLY">
</#function>

<#function socialMediaPolicy>
  <#return school.policyTitles["social-media"]>
</#function>

<#-- "our Online Safety Policy and Social Media Policy", "our Mobile, Smart Technology and Social Media Policy". -->
<#function policiesText>
  <#if !hasSocialMediaPolicy() || p.documents.arrangement == "COMBINED"><#return "our " + mobilePolicy()></#if>
  <#return "our " + mobilePolicy() + " and " + socialMediaPolicy()>
</#function>

<#-- Platform names as printed. -->
<#function label c>
  <#return c.platform.label>
</#function>

<#-- Platform names of the given channels, each once, in profile order, joined "a, b and c". -->
<#function platforms channels>
  <#local out = []>
  <#list channels as c>
    <#local name = label(c)>
    <#if !out?seq_contains(name)><#local out += [name]></#if>
  </#list>
  <#return fmt.list(out)>
</#function>

<#function byAccess channels access>
  <#local out = []>
  <#list channels as c><#if c.access == access><#local out += [c]></#if></#list>
  <#return out>
</#function>

<#-- The setting's official channels in one sentence, as the social media policy names them:
     "Our official social media channels are Facebook, and will soon include Instagram. Other closed
     sites include Tapestry for EYFS and Year 1." Empty when the setting runs none. -->
<#-- A school's own channels, and those its trust's layer shares with every school (shared_by). -->
<#-- The channels' helpers are the social media policy's own (sm), so a form and the policy never sort channels differently. -->
<#function own channels>
  <#return sm.ownOnes(channels)>
</#function>

<#function shared channels>
  <#return sm.sharedOnes(channels)>
</#function>

<#-- "The Brook Trust's", or "our trust's" when the layer names no group. -->
<#-- Whose the shared channels are: said once, in the social media macros. -->
<#function sharedOwner>
  <#return sm.sharedOwner()>
</#function>

<#function channelsSentence>
  <#-- Channels whose access is not recorded are named too, without calling them open. -->
  <#local live = own(byAccess(school.channelsLive, "OPEN") + byAccess(school.channelsLive, "UNKNOWN"))>
  <#local planned = own(byAccess(school.channelsPlanned, "OPEN") + byAccess(school.channelsPlanned, "UNKNOWN"))>
  <#local closed = own(byAccess(p.socialMedia.channels, "CLOSED"))>
  <#local sharedLive = shared(school.channelsLive)>
  <#local closedNames = []>
  <#list closed as c>
    <#local closedNames += [label(c) + (c.audience??)?then(" for " + c.audience, "") + (c.status == "PLANNED")?then(" (coming soon)", "")]>
  </#list>
  <#local s = "">
  <#local allOpen = !own(byAccess(school.channelsLive, "UNKNOWN"))?has_content>
  <#if live?has_content && closedNames?has_content && !planned?has_content && allOpen>
    <#-- As the policy says it: both kinds are the school's channels, each said to be open or closed ("the channel is
         Facebook. Our closed sites include Class Dojo" had made the closed one someone else's, or not official). -->
    <#local s = "Our official social media channels are " + platforms(live) + (live?size == 1)?then(", an open site, and ", ", open sites, and ")
        + fmt.list(closedNames) + (closedNames?size == 1)?then(", a closed site.", ", closed sites.")>
    <#local closedNames = []>
  <#elseif live?has_content>
    <#local s = "Our official social media " + (live?size == 1 && !planned?has_content)?then("channel is ", "channels are ") + platforms(live) + planned?has_content?then(", and will soon include " + platforms(planned), "") + ".">
  <#elseif planned?has_content>
    <#local s = "Our official social media channels will soon include " + platforms(planned) + ".">
  </#if>
  <#if closedNames?has_content>
    <#-- "Other closed sites" only follows a sentence that calls the first ones open, which this one does not. -->
    <#local s += (s?has_content)?then(" Our closed sites include ", ( (closedNames?size == 1)?then("Our official social media channel is a closed site: ", "Our official social media channels are closed sites: "))) + fmt.list(closedNames) + ".">
  </#if>
  <#if sharedLive?has_content>
    <#local s += (s?has_content)?then(" We also share ", "We share ") + sharedOwner() + " " + platforms(sharedLive) + " page" + (sharedLive?size > 1)?then("s", "") + ".">
  </#if>
  <#-- A trust's page agreed but not yet running. -->
  <#local sharedSoon = shared(school.channelsPlanned)>
  <#if sharedSoon?has_content>
    <#local s += " We will soon share " + sharedOwner() + " " + platforms(sharedSoon) + " page" + (sharedSoon?size > 1)?then("s", "") + ".">
  </#if>
  <#return s?trim>
</#function>

<#-- Whether any channel has an address worth listing. -->
<#function channelsHaveAddresses>
  <#list p.socialMedia.channels as c><#if c.address??><#return true></#if></#list>
  <#return false>
</#function>

<#-- What introduces the list of addresses, after the sentence that names the platforms: one address as such; "their"
     only when every channel named has one and none is a trust's. -->
<#function addressesIntro>
  <#local withAddress = p.socialMedia.channels?filter(c -> c.address??)>
  <#-- "Its" only when one channel is named: beside a closed site without an address it could mean either. -->
  <#if withAddress?size == 1><#return (withAddress[0].sharedBy?? || p.socialMedia.channels?size gt 1)?then("The address is:", "Its address is:")></#if>
  <#return (shared(withAddress)?has_content || withAddress?size != p.socialMedia.channels?size)?then("The addresses are:", "Their addresses are:")>
</#function>

<#-- The channels with addresses, as nested bullets under the sentence. -->
<#macro channelAddresses>
<#list p.socialMedia.channels as c>
<#if c.address??>
  - <#if c.sharedBy??>${sharedOwner()} </#if>${label(c)}<#if c.audience??> (${c.audience})</#if>: <#if c.address?starts_with("http")>${fmt.link(c.address, c.address)}<#else>${c.address}</#if><#if c.status == "PLANNED"> (coming soon)</#if>
</#if>
</#list>
</#macro>

<#-- The phone rule for the children this learners' form is for, as "I" statements: the same facts,
     in the same cases, as the policy's learners' section (06-learners-use.ftl, _learner-devices.ftl).
     `simple` gives the shortest wording (early years, key stage 1 and the simplified form); `older`
     adds exams and the exception route. -->
<#macro learnerPhones simple=false older=false>
<#local lp = p.learnerPhones>
<#local years = formYears()>
<#local found = rulesFor(years)>
<#local others = notCovered(years, found)>
<#local Children = w.children?cap_first>
<#local adults = years?filter(y -> y.hasAdults())?has_content>
<#local exc = lp.exceptions?has_content>
<#-- A young child's form says it plainly: "an arrangement agreed for my caring" means little at five. Worded so that a
     child without an arrangement does not sign as if they had one. -->
<#local own = exc?then(simple?then(", unless the grown-ups have agreed I need one", ", unless an arrangement agreed for " + fmt.or(lp.exceptionNeedsMine) + " says I can"), "")>
<#-- Before a rule of several parts, so the arrangement covers all of them (the pouch as well as the use). -->
<#local unlessMine = exc?then(", unless an arrangement agreed for " + fmt.or(lp.exceptionNeedsMine) + " says otherwise", "")>
<#-- Whether a child this form is for may have a phone with them on site at all. -->
<#local mayHave = !lp.wholeSchoolBan && (found?has_content || (!lp.allowed?has_content && (lp.handInAll || staffMayPermit() || lp.switchedOff)) || (lp.allowed?has_content && lp.handInAll && others?has_content))>
<#local areaUse = false>
<#if lp.wholeSchoolBan>
- I do not bring a mobile phone, smartwatch or other personal device ${m.place("to")}${own}.
<#elseif lp.allowed?has_content>
<#list found as f>
<#local r = f.rule>
<#if r.usesInAreas()><#local areaUse = true></#if>
<#local arrival><#if r.arrival == "HAND_IN">I take it to ${mine(r.handIn)} <#if simple>when I arrive<#else>as soon as I arrive</#if> and collect it ${mine(r.returned)}<#elseif r.arrival == "LOCKED_POUCH">I lock it in my phone pouch when I arrive, and it is unlocked ${mine(r.returned)}<#elseif r.arrival == "LOCKER">I lock it in my locker when I arrive and collect it ${mine(r.returned)}<#else>I keep it switched off and out of sight<#if r.usesInAreas()>, except in ${fmt.list(r.mayUseIn)}, where I may use it<#if r.mayUseWhen??> ${r.mayUseWhen}</#if></#if></#if></#local>
- ${Children} in ${yearsText(f.years)} may bring a mobile phone ${m.place("to")}<#if r.condition??> ${r.condition}</#if>. <#if f.years?size != years?size>If I am in <#if f.years?size == 2>${f.years[0]} or ${f.years[1]}<#else>${yearsText(f.years)}</#if> and bring one<#else>If I bring one</#if>${unlessMine}, ${arrival}<#if !r.usesInAreas()>, and I do not use it ${m.place("in")}</#if>.
<#-- A rule on a condition ("if they walk home alone") leaves the rest of its year groups without a phone: said, not implied. -->
<#if r.condition?? && lp.anyConditional() && !lp.handInAll>
- Other ${w.children} in ${yearsText(f.years)} are not allowed mobile phones ${m.place("in")} at any time${ld.exceptNeeds()}.
</#if>
</#list>
<#if others?has_content && lp.handInAll>
- ${Children} in ${yearsText(others)} who bring a mobile phone keep it switched off and hand it to ${lp.handedInTo!"a member of staff"}, and it will be kept in a safe, secure place.
<#elseif others?has_content && found?has_content>
- ${Children} in ${yearsText(others)} are not allowed mobile phones ${m.place("in")} at any time${ld.exceptNeeds()}.
<#elseif others?has_content>
<#-- In the child's own voice only: the policy's sentence for these year groups would say it twice, in two voices. -->
- I do not bring a mobile phone ${m.place("to")}${own}.
</#if>
<#elseif lp.handInAll>
<#if simple>
- If I bring a phone, I switch it off.
- I give my phone to ${myOwn(lp.handedInTo!"a member of staff")} when I arrive.
<#else>
- If I bring a mobile phone ${m.place("to")}, I keep it switched off and hand it to ${myOwn(lp.handedInTo!"a member of staff")}, and it will be kept in a safe, secure place.
</#if>
<#if staffMayPermit()>
- I only use my mobile phone or other personal device ${m.place("in")} when a member of staff says I can.
<#else>
- I do not use a mobile phone or other personal device ${m.place("in")}${own}.
</#if>
<#elseif staffMayPermit()>
- I only use a mobile phone or other personal device ${m.place("in")} when a member of staff says I can${own}.
<#if lp.switchedOff && simple>
- If I bring a phone, I keep it switched off and out of sight.
<#elseif lp.switchedOff>
- If I bring one, I keep it switched off and out of sight, unless a member of staff has said I can use it.
</#if>
<#elseif lp.switchedOff>
- If I bring a mobile phone ${m.place("to")}, I keep it switched off and out of sight, and I do not use it${own}.
<#else>
- I do not use a mobile phone or other personal device ${m.place("in")}${own}.
</#if>
<#-- Boarders in this form's year groups: their phones in the boarding house, outside the school day (learner_phones.boarding). -->
<#list lp.boarding as b>
<#local bYears = years?filter(y -> b.yearGroups.groups?map(g -> g.order)?seq_contains(y.order))>
<#if bYears?has_content>
- If I board<#if bYears?size != years?size> and I am in <#if bYears?size == 2>${bYears[0]} or ${bYears[1]}<#else>${yearsText(bYears)}</#if></#if>, outside the school day I may use my phone ${myOwn(bare(b.mayUse))}<#if b.keptIn??>; at other times it is kept in ${myOwn(bare(b.keptIn))}<#if b.handedIn??>, and I hand it in ${myOwn(bare(b.handedIn))}</#if></#if>.
</#if>
</#list>
<#-- A later model edition's statements on the phone-free school day (templates/editions/<edition>/aup/_learner-phones-edition.ftl);
     it reads this macro's locals (years, found, others, own, mayHave, simple). -->
<#include "/aup/_learner-phones-edition.ftl" ignore_missing=true>
<@clause id="smartwatches" source="policygen" meets="mobilePhones">
<#-- True on every form: where this form's year groups may not bring a phone, they may not bring a smartwatch either. -->
<#if lp.smartwatches == "AS_PHONES" && !lp.wholeSchoolBan>
- The same rules apply to a smartwatch or other connected device.
<#elseif lp.smartwatches == "NOT_ALLOWED" && !lp.wholeSchoolBan>
- I do not bring or wear a smartwatch or other connected device ${m.place("to")}${own}.
</#if>
</@clause>
<#list lp.exceptions as e>
<#local keeper = {"LEARNER": "I keep it with me", "KEY_ADULT": "my key adult keeps it for me and gives it to me whenever I need it", "LEARNER_OR_KEY_ADULT": "I keep it with me, or my key adult keeps it for me, as my arrangement says"}[e.keptBy]>
<#-- The child's own arrangement (policygen's own wording, for the DfE's Mobile phones in schools guidance). -->
<#if e.kind == "MEDICAL">
<@clause id="own-arrangement-medical" source="policygen" meets="mobilePhones">
- If I need my phone or another device for my health, for example for a glucose-monitoring app, ${keeper}, switched on. Nobody switches it off or takes it away in a way that puts my health at risk.
</@clause>
<#elseif e.kind == "SEND">
<@clause id="own-arrangement-send" source="policygen" meets="mobilePhones">
- If I need a device to communicate or to learn, ${keeper}, switched on, and nobody takes it away in a way that stops me communicating.
</@clause>
<#else>
<@clause id="own-arrangement-young-carer" source="policygen" meets="mobilePhones">
- If I am a young carer and need to be reachable, ${keeper?replace(" it ", " my phone ")?replace("keeps it for me", "keeps my phone for me")}, switched on and silent.
</@clause>
</#if>
</#list>
<#if mayHave && staffMayPermit() && !simple>
<#if lp.curriculumUseWithApproval>
- I do not use a phone or personal device during ${m.earlyYearsSetting()?then("activities", "lessons")}, unless a member of staff has asked me to use it for a learning activity.
</#if>
<#if lp.breakTimeUse>
- If I use my phone <#if ld.reworded("mobile.learners-use.break-time")?has_content>when our rules allow it<#else>at break or in free time</#if>, I use it kindly and safely, as our behaviour and anti-bullying policies expect. I know this can be stopped if I break the rules.
</#if>
</#if>
<#-- Who gets a confiscated phone back, in the learner's voice: never only "my parents" for an adult. -->
<#local backTo = ((lp.confiscatedReturnedTo!"") == "LEARNER")?then("me", "my parents or carers" + adults?then(" (or to me, if I am 18 or over)", ""))>
<#import "/_learner-devices.ftl" as ld>
<#if (mayHave || areaUse) && !simple>
<#if ld.saysConfiscation()>
<#if ld.breachesSaid()>
- If I use my phone ${dayTime()}${ld.unpermittedUse("form")}, it will be confiscated and returned to ${backTo}, and I ${lp.breachSanction}.
<#else>
- If I break these rules, a member of staff may take my phone, and it will be given back to ${backTo}<#if lp.confiscatedReturned??> ${lp.confiscatedReturned}</#if>.
</#if>
</#if>
<#if lp.repeatBreaches?? && ld.kept("mobile.learners-use.repeat-breaches")>
- If I break these rules again and again, I ${mine(lp.repeatBreaches)}.
</#if>
</#if>
<#-- The policy's calling-home clause: a school's own rule (Whitstable's: only in exceptional circumstances; a hospital
     school's: their own phones on the ward) is quoted, not restated as the model's (a young child's form leaves it out). -->
<#if !ld.omitted("mobile.learners-use.calling-home") && !ld.kept("mobile.learners-use.calling-home")>
<#if !simple>
- If I need to contact my parents or carers ${p.school.type.whileThere}, I follow our rule: ${quoted("mobile.learners-use.calling-home")}
</#if>
<#elseif ld.kept("mobile.learners-use.calling-home")>
<#if !simple>
- If I need to contact my parents or carers ${p.school.type.whileThere}, <#if lp.contactHomeVia??>I can use ${mine(lp.contactHomeVia)}<#if p.people.callsHome??>, and ${p.people.callsHome.called} will help me</#if><#elseif p.people.callsHome??>I can visit the ${w.setting} office, where ${p.people.callsHome.called} will use ${m.a(w.setting)} phone<#else>I can use ${m.a(w.setting)} phone</#if>.
<#else>
- If I need to talk to my family ${p.school.type.whileThere}, I ask an adult.
</#if>
</#if>
<#if older>
<#if lp.exams && !(school.yearGroups?? && school.yearGroups.allEarlyYears())>
- I never take a mobile phone or personal device into an exam<#if exc> unless the exam board has agreed it for my needs</#if>: having one there may be reported to the exam board, and I could be withdrawn from my exams.
</#if>
<#if exc>
- If I need a personal device for any other exceptional reason, this will be agreed with the ${w.leader} first.
<#else>
- If I need a personal device for a medical or other exceptional reason, this will be agreed with the ${w.leader} first.
</#if>
</#if>
</#macro>

<#-- The school's whole phone rule for parents and carers, in the policy's own terms. -->
<#-- Who gets a confiscated phone back, in a parent's voice: "parents or carers", or "my child". -->
<#function parentsReturnedTo>
  <#if (p.learnerPhones.confiscatedReturnedTo!"") == "LEARNER"><#return "my child"></#if>
  <#return ld.returnedTo()?replace("parents/carers", "parents or carers")>
</#function>

<#macro parentPhones>
<#import "/_learner-devices.ftl" as ld>
<#local lp = p.learnerPhones>
<#local Children = w.children?cap_first>
<#if lp.wholeSchoolBan>
- ${Children} do not bring mobile phones, smartwatches or other personal devices ${m.place("to")}${ld.exceptNeeds()}.
</#if>
<#list lp.allowed as rule>
- ${Children} in ${rule.yearGroups} are permitted to bring their phone ${m.place("to")}<#if rule.condition??> ${rule.condition}</#if>. <#-- "they", the pupils the rule names: a parent whose child is in another year group signs this too. -->
<#if rule.arrival == "HAND_IN"><#if rule.condition??>On these occasions, they<#else>They</#if> must bring their mobile phone to ${rule.handIn} on arrival, and it can be collected ${rule.returned}.<#elseif rule.arrival == "LOCKED_POUCH">On arrival, they lock their phone in a phone pouch, which is unlocked ${rule.returned}.<#elseif rule.arrival == "LOCKER">On arrival, they lock their phone in their locker and may collect it ${rule.returned}.<#else>They keep their phone switched off and out of sight<#if rule.usesInAreas()>, except in ${fmt.list(rule.mayUseIn)}, where they may use it<#if rule.mayUseWhen??> ${rule.mayUseWhen}</#if></#if>.</#if>
</#list>
<#list lp.boarding as b>
- ${ld.boarders(b)}
</#list>
<#if lp.allowed?has_content && lp.handInAll>
- All other ${w.children} who bring a mobile phone ${m.place("to")} will keep it switched off and hand it to ${lp.handedInTo!"a member of staff"}, and it will be kept in a safe, secure place.
<#elseif lp.allowed?has_content && (!(school.yearGroups)?? || lp.othersIn(school.yearGroups)?has_content || lp.anyConditional())>
- All other ${w.children} are not allowed mobile phones ${m.place("within")} at any time${ld.exceptNeeds()}.
<#elseif lp.handInAll>
- If my child brings a mobile phone ${m.place("to")}, they will keep it switched off and hand it to ${lp.handedInTo!"a member of staff"}, and it will be kept in a safe, secure place.
<#elseif !staffMayPermit() && !lp.wholeSchoolBan && !lp.allowed?has_content>
- Mobile phones and personal devices are not used on site by ${w.children}${ld.exceptNeeds()}.
</#if>
<#if staffMayPermit()>
<#-- Beside areas where a year group may use phones, permission is the rule elsewhere, not everywhere on site. -->
- ${Children} only use mobile phones or personal devices on site with a member of staff's permission<#if lp.breakTimeUse>: they may use them <#if ld.reworded("mobile.learners-use.break-time")?has_content>outside lessons only as the policy sets out<#else>during break or free time</#if>, in line with our behaviour and anti-bullying policies<#if lp.curriculumUseWithApproval>, and in lessons only as part of an approved, directed curriculum activity</#if><#elseif lp.curriculumUseWithApproval>: in lessons, only as part of an approved, directed curriculum activity</#if>.<#if lp.anyAreaUse()> This does not apply where the rules above allow their use.</#if>
</#if>
<#if lp.switchedOff>
- Phones and personal devices brought on site must be switched off and out of sight when ${m.place("in")}<#if staffMayPermit()>, unless a member of staff has given permission to use them</#if><#if lp.anyAreaUse()>, except where the rules above allow their use</#if>.
</#if>
<#-- A later model edition's statement on the phone-free school day (templates/editions/<edition>/aup/_parent-phones-edition.ftl). -->
<#include "/aup/_parent-phones-edition.ftl" ignore_missing=true>
<#-- A whole-school ban already names smartwatches (as the policy's learners' section does). Marked as the policy's
     clause is: policygen's own wording. -->
<#if !(lp.wholeSchoolBan && lp.smartwatches == "NOT_ALLOWED")>
<@clause id="parent-smartwatches" source="policygen" meets="mobilePhones">
<@ld.smartwatches/>
</@clause>
</#if>
<#if lp.basicPhoneAdvice>
- The ${w.setting} encourages families to choose a basic phone, for texts and calls with parents, rather than a smartphone: many functions and apps on a smartphone are not age appropriate for ${w.children} of ${["INFANT", "JUNIOR", "PRIMARY"]?seq_contains(p.school.type)?then("primary age", "this age")}.
</#if>
<#if lp.wholeSchoolBan && ld.saysConfiscation()>
<#-- No child brings one, and the policy says what happens to one brought all the same: the parent who collects it signs that. -->
- If my child brings a mobile phone or device ${m.place("to")}<#if lp.exceptions?has_content || ld.otherCircumstances()> without an agreed arrangement</#if>, it may be confiscated; it will be <#if lp.confiscatedHeldIn??>kept in ${lp.confiscatedHeldIn} and </#if>released to ${parentsReturnedTo()}<#if lp.confiscatedReturned??>${ld.returnedToAside()?then(",", "")} ${lp.confiscatedReturned}</#if>.
</#if>
<#if !lp.noDevices() && ld.saysConfiscation()>
<#if ld.breachesSaid()>
- If my child uses their phone ${dayTime()}${ld.unpermittedUse("form")}, it will be confiscated and returned to ${parentsReturnedTo()}, and my child ${lp.breachSanction}.
<#else>
- If my child breaches these rules, their phone or device may be confiscated; it will be <#if lp.confiscatedHeldIn??>kept in ${lp.confiscatedHeldIn} and </#if>released to ${parentsReturnedTo()}<#if lp.confiscatedReturned??>${ld.returnedToAside()?then(",", "")} ${lp.confiscatedReturned}</#if>.
</#if>
</#if>
<#-- The policy's rule for repeated breaches, which touches parents most (it is often a parent who collects the phone). -->
<#if lp.repeatBreaches?? && ld.kept("mobile.learners-use.repeat-breaches")>
- If my child breaches these rules repeatedly, they ${parentsOwn(bare(lp.repeatBreaches))}.
</#if>
<#-- The advice to parents is a line of its own under the calling-home clause: a school's own wording of the clause keeps it. -->
<#if !ld.omitted("mobile.learners-use.calling-home")>
- If I need to contact my child ${p.school.type.whileThere}, I will do so via the ${w.setting} office<#if ld.kept("mobile.learners-use.calling-home-exceptions")>; exceptions may be permitted on a case-by-case basis, as approved by the ${w.leader}</#if>.
</#if>
<#-- Each individual arrangement as the policy states it: who keeps the device and who agrees it. -->
<#list lp.exceptions as e>
<#local kept = {"LEARNER": "stays with them", "KEY_ADULT": "is kept for them by a key adult, who gives it to them whenever they need it", "LEARNER_OR_KEY_ADULT": "stays with them or with their key adult, as the arrangement says"}[e.keptBy]>
<#-- The policy's arrangements are policygen's own clauses (mobile.learners-use.medical-needs …): so are these. -->
<#if e.kind == "MEDICAL">
<@clause id="parent-arrangement-medical" source="policygen" meets="mobilePhones">
- If my child needs a device for ${{"MEDICAL": "their health", "SEND": "their special educational needs or disability", "YOUNG_CARER": "their caring responsibilities"}[e.kind]}, I will agree an arrangement with <#if e.approvedBy??>${e.approvedBy}<#else>the ${w.setting}</#if> before it is used; the device ${kept}, switched on, and is never taken from them in a way that puts them at risk.
</@clause>
<#elseif e.kind == "SEND">
<@clause id="parent-arrangement-send" source="policygen" meets="mobilePhones">
- If my child needs a device for ${{"MEDICAL": "their health", "SEND": "their special educational needs or disability", "YOUNG_CARER": "their caring responsibilities"}[e.kind]}, I will agree an arrangement with <#if e.approvedBy??>${e.approvedBy}<#else>the ${w.setting}</#if> before it is used; the device ${kept}, switched on, and is never taken from them in a way that puts them at risk.
</@clause>
<#else>
<@clause id="parent-arrangement-young-carer" source="policygen" meets="mobilePhones">
- If my child needs a device for ${{"MEDICAL": "their health", "SEND": "their special educational needs or disability", "YOUNG_CARER": "their caring responsibilities"}[e.kind]}, I will agree an arrangement with <#if e.approvedBy??>${e.approvedBy}<#else>the ${w.setting}</#if> before it is used; the device ${kept}, switched on, and is never taken from them in a way that puts them at risk.
</@clause>
</#if>
</#list>
<#if ld.otherCircumstances()>
- If my child needs a personal device in <#if lp.exceptions?has_content>other </#if>exceptional circumstances<#if !lp.exceptions?has_content>, for example for medical assistance and monitoring</#if>, I will discuss this with the ${w.leader} before it is used; any arrangements will be agreed in writing.
</#if>
</#macro>
