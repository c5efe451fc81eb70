<#-- Edition 2026.12, policygen's own wording: the phone-free school day in a learner's own voice, for every
     learners' form. Included by the model's learners' phone statements (_macros-aup.ftl, learnerPhones) after
     the arrangement lines and before the smartwatch line; it reads that macro's locals (lp, years, found,
     others, mayHave, own, simple). It says only what the policy's 'A phone-free school day' section says for
     these year groups (05a-phone-free-school-day.ftl): nothing where children may use phones at break or in
     lessons (that policy is not phone-free), nothing where no child this form is for may bring a phone (the
     form already says so: saying it twice helps no one), and a designated area (a sixth form's) stays the
     exception the form states for its own year groups. -->
<#if g.mobilePhones?? && !m.earlyYearsSetting() && !lp.wholeSchoolBan && !(lp.breakTimeUse || lp.curriculumUseWithApproval)>
<#-- The year groups of this form that may bring a phone but never use it on site, and those with a designated area. -->
<#assign pfNoUse = []>
<#assign pfArea = false>
<#list found as f><#if f.rule.usesInAreas()><#assign pfArea = true><#else><#assign pfNoUse += f.years></#if></#list>
<#if !lp.allowed?has_content && mayHave>
<#assign pfNoUse = years>
<#elseif lp.handInAll>
<#assign pfNoUse += others>
</#if>
<#if pfNoUse?has_content && mayHave>
<@clause id="phone-free-day" source="policygen" meets="mobilePhones">
<#if !simple>
<#if pfArea>
- If I am in ${yearsText(pfNoUse)}, my ${w.setting} day is phone-free: I do not use my phone in lessons, between lessons, at break or at lunch${own}.
<#else>
- My ${w.setting} is phone-free all day: I do not use my phone in lessons, between lessons, at break or at lunch${own}.
</#if>
<#elseif pfArea>
- In ${yearsText(pfNoUse)}, I do not use a phone all day, not even at break or lunchtime${own}.
<#else>
<#-- The line above says where the phone goes and carries the child's own arrangement; this says what that means. -->
<#-- ... and keeps the child's own arrangement, so a child with a glucose monitor is never told two things. -->
- This means I do not use my phone all day, not even at break or lunchtime${own}.
</#if>
</@clause>
</#if>
<#-- Smartwatches: the policy's rules cover them (its own smartwatch clause, or this edition's 'connected
     devices'); the model's form says so only where a child may bring a phone and the school named them. -->
<#if (lp.smartwatches == "AS_PHONES" && !mayHave) || (lp.smartwatches == "NOT_STATED")>
<@clause id="smartwatch" source="policygen" meets="mobilePhones">
- The same rules apply to a smartwatch or other connected device.
</@clause>
</#if>
</#if>
