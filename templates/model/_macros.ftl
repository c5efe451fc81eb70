<#-- Shared helpers for the model's section templates, auto-imported as `m`.
     Functions return plain text (escaped when printed with ${...}); macros print Markdown. -->

<#-- True for settings whose children are under school age or in a club rather than in lessons
     (a nursery, a children's centre, an out-of-school club): the text then speaks of working time,
     key persons and the setting, and leaves out the DfE's school-only guidance. -->
<#function earlyYearsSetting>
  <#return !p.school.type.school>
</#function>

<#-- Only Nursery or Reception children (a nursery, or a children's centre without an out-of-school club):
     no lessons or classrooms to speak of. -->
<#function onlyEarlyYearsChildren>
  <#return (school.yearGroups)?? && school.yearGroups.allEarlyYears()>
</#function>

<#-- Lessons and classrooms: children beyond Reception, other than in a club, which has sessions, rooms and
     activities instead (as a nursery has). -->
<#function hasLessons>
  <#return !onlyEarlyYearsChildren() && !p.school.type.runsSessions>
</#function>

<#-- Every child under eight: the year groups say, or else the kind of setting (a nursery, a children's centre). -->
<#function allUnderEight>
  <#return p.childrenAllUnderEight()>
</#function>

<#-- "lesson time" in a school, "working time" in an early years setting or club. -->
<#function lessonTime>
  <#return p.school.type.lessonTime>
</#function>

<#-- "in school time" in a school, "during a club session" in a club, "during the nursery day" elsewhere: the policy and the forms say it alike. -->
<#function dayTime>
  <#if p.school.type.runsSessions><#return "during a " + w.setting + " session"></#if>
  <#return (w.setting == "school")?then("in school time", "during the " + w.setting + " day")>
</#function>

<#-- Whether some learners may be 18 or over (Year 13, Year 14): they give their own consent, and their
     parents are not answerable for them, so the model's words about parents are limited to those under 18. -->
<#function adultLearners>
  <#return (school.yearGroups)?? && school.yearGroups.hasAdults()>
</#function>

<#-- Who may let a member of staff use a personal device in working time (staff_devices.permission_from), as every document names them. -->
<#function staffPermission>
  <#return p.staffDevices.permissionFrom!("the " + w.leader)>
</#function>

<#-- A plural noun's possessive: pupils -> pupils', children -> children's. -->
<#function poss word>
  <#return fmt.possessive(word)>
</#function>

<#-- The name of the school's child protection policy, without the word "policy". -->
<#function cp>
  <#return w.childProtection>
</#function>

<#-- The child protection policy's name where a list of policies follows it: a name with its own "and" ("safeguarding and
     child protection") would run into the list's ("our safeguarding and child protection and behaviour policies"), so it
     is named as a policy of its own there ("our safeguarding and child protection policy and behaviour policies"). -->
<#-- Whether the child protection policy's name has an "and" of its own ("safeguarding and child protection"): in a
     list of policies it is then named as a policy apart, or it runs into the list's own "and". -->
<#function cpHasAnd>
  <#return w.childProtection?contains(" and ")>
</#function>

<#-- "anti-bullying, behaviour and child protection policies"; with a name of its own "and", the child protection policy
     is named apart: "anti-bullying and behaviour policies and our safeguarding and child protection policy". -->
<#function policiesEndingCp others>
  <#if cpHasAnd()>
    <#return fmt.list(others) + " " + (others?size gt 1)?then("policies", "policy") + " and our " + w.childProtection + " policy">
  </#if>
  <#return fmt.list(others + [w.childProtection]) + " policies">
</#function>

<#function cpListed>
  <#return cpHasAnd()?then(w.childProtection + " policy", w.childProtection)>
</#function>

<#-- Whether the school lists an online safety policy of its own among its linked policies (the DfE's
     guidance on teaching online safety is not one). -->
<#function hasOnlineSafetyPolicy>
  <#list p.linkedPolicies.mobile as policy>
    <#local name = policy?lower_case>
    <#if (name?contains("online safety") || name?contains("e-safety")) && !name?contains("guidance")>
      <#return true>
    </#if>
  </#list>
  <#return false>
</#function>

<#-- Whether the social media policy may name the school's online safety policy: one it links to, or its mobile and
     smart technology policy published under that title as a document of its own (never the document it is part of). -->
<#function socialCitesOnlineSafety>
  <#if hasOnlineSafetyPolicy()><#return true></#if>
  <#local title = (school.policyTitles.mobile)!"">
  <#return title?lower_case?contains("online safety") && title != ((school.policyTitles["social-media"])!"")>
</#function>

<#-- Prints a link when there is an address, the bare text otherwise. -->
<#macro link text url="">
<#if url?has_content>${fmt.link(text, url?string)}<#else>${text}</#if><#t>
</#macro>

<#-- One edition of national guidance, as cited: 'Title' year. -->
<#macro edition e>
‘<@link text=e.title url=(e.url)!""/>’ ${e.year}<#t>
</#macro>

<#-- The DfE guidance the policy takes into account, joined as "a, b, c" (the sentence goes on "and the local
     ... procedures"). Early years settings
     cite the EYFS framework instead of the school-only behaviour and searching guidance. -->
<#function guidanceEditions>
  <#local list = [g.keepingChildrenSafe]>
  <#if school.earlyYears>
    <#local list = list + [g.earlyYears]>
  </#if>
  <#local list = list + [g.workingTogether]>
  <#if !earlyYearsSetting()>
    <#local list = list + [g.behaviour, g.searching]>
    <#-- The DfE's guidance on phones, which schools must have regard to (the changelog of 2026.11 says the policy cites it). -->
    <#if g.mobilePhones??><#local list = list + [g.mobilePhones]></#if>
  </#if>
  <#return list>
</#function>

<#macro guidanceList>
<#local list = guidanceEditions()>
<#list list as e><@edition e/><#sep>, </#list><#t>
</#macro>

<#-- ", involving staff, pupils and parents/carers" in the policy's opening: only those the school says
     it involved (review.involved), so the policy never claims a consultation that did not happen. -->
<#function involving>
  <#local words = {"STAFF": "staff", "GOVERNORS": "the " + w.governors, "LEARNERS": w.children, "PARENTS": "parents/carers"}>
  <#local who = []>
  <#-- In the policy's order (staff, governors, learners, parents), whatever the profile's. -->
  <#list ["STAFF", "GOVERNORS", "LEARNERS", "PARENTS"] as k><#if p.review.involved?map(i -> i?string)?seq_contains(k)><#local who = who + [words[k]]></#if></#list>
  <#if !who?has_content><#return ""></#if>
  <#return ", involving " + fmt.list(who)>
</#function>

<#-- The local safeguarding partnership, e.g. "Kent Safeguarding Children Multi-agency Partnership (KSCMP)". -->
<#macro partnership>
<@link text=school.advice.partnership url=(school.advice.partnershipUrl)!""/><#if school.advice.partnershipAbbreviation??> (${school.advice.partnershipAbbreviation})</#if><#t>
</#macro>

<#-- Where the school seeks advice, linked when it has an address. -->
<#macro adviceService>
<@link text=school.advice.service url=(school.advice.serviceUrl)!""/><#t>
</#macro>

<#-- The local referral route (numbers and notes), as nested bullets under a clause; prints nothing
     when the profile's layers give none. -->
<#macro referralContacts>
<#list school.advice.referralContacts as c>
<#-- A contact that is only the partnership's website is already linked in the text. -->
<#if c.phone?? || !(c.url??) || !(school.advice.partnershipUrl??) || c.url?string != school.advice.partnershipUrl?string>
  - ${c.label}: <#if c.phone??><@link text=c.phone?string url=c.phone.tel/><#if c.url??>, </#if></#if><#if c.url??><@link text=c.url?string url=c.url?string/></#if>
</#if>
</#list>
</#macro>


<#-- The visitors' clauses every version of the policy shares (the model's and a group's). -->
<#macro visitorClauses>
<@clause id="mobile.visitors-use.signage">
<#if p.visitors.signage??>
- Appropriate signage and information are in place: information is shared with all visitors by use of ${p.visitors.signage}, to inform visitors of our expectations for safe and appropriate use of personal devices and mobile phones.
<#else>
- Appropriate signage and information are in place to inform visitors of our expectations for safe and appropriate use of personal devices and mobile phones.
</#if>
</@clause>
<@clause id="mobile.visitors-use.regular-visitors">
- Visitors, including volunteers and contractors, who are on site for regular or extended periods of time are expected to use mobile and smart technology in accordance with our ${w.acceptableUse} and other associated policies, including ${cp()}.
</@clause>
<@clause id="mobile.visitors-use.visitor-access">
- If visitors require access to mobile and smart technology<@clause id="mobile.visitors-use.multi-agency-example">, for example when working with ${w.children} as part of multi-agency activity</@clause>, this will be discussed with the ${w.leader} prior to use being permitted.
  - Any arrangements regarding agreed visitor access to mobile/smart technology will be documented and recorded by the ${w.setting}. This may include undertaking appropriate risk assessments if necessary.
</@clause>
<@clause id="mobile.visitors-use.challenge-visitors">
- Members of staff are expected to challenge visitors if they have concerns about their use of mobile and smart technology and will inform the DSL or ${w.leader} of any breaches of our policy.
</@clause>
</#macro>

<#-- "in school" but "in the setting", "to school" but "to the centre": a school takes no article. -->
<#function place preposition>
  <#return preposition + " " + (w.setting == "school")?then("school", "the " + w.setting)>
</#function>

<#-- "a school phone", "an academy phone": the indefinite article for a word. -->
<#function a word>
  <#return (word?matches("^[aeiouAEIOU].*"))?then("an ", "a ") + word>
</#function>
