<#-- Edition 2026.12, policygen's own wording: the phone-free school day on the parents' and carers' form, as
     the policy's 'A phone-free school day' section says it (05a-phone-free-school-day.ftl). Included by the
     model's parents' phone statements (_macros-aup.ftl, parentPhones); it reads that macro's locals (lp).
     Nothing where children may use phones at break or in lessons, or where none bring one at all (the form
     already says so). -->
<#if g.mobilePhones?? && !m.earlyYearsSetting() && !lp.wholeSchoolBan && !(lp.breakTimeUse || lp.curriculumUseWithApproval)>
<#assign ppAreas = lp.allowed?filter(r -> r.usesInAreas())>
<@clause id="phone-free-day" source="policygen" meets="mobilePhones">
- The ${w.setting} is phone-free for the whole ${w.setting} day: my child does not use a mobile phone in lessons, between lessons, at break or at lunch<#if ppAreas?has_content>, apart from what the rules above allow ${w.children} in <#list ppAreas as r>${r.yearGroups}<#sep> and </#list></#if><#if lp.exceptions?has_content>, unless an individual arrangement agreed for my child allows it</#if><#if lp.smartwatches == "NOT_STATED">, and the same rules apply to smartwatches and other connected devices</#if>.
</@clause>
</#if>
