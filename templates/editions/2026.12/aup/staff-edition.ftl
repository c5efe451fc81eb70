<#-- Edition 2026.12, policygen's own wording: the staff form's statements for the edition's new clauses, in
     the first person. Included at the end of the model's staff form (aup/staff.ftl); the base edition has
     no such file, so its forms are unchanged. -->
<#if g.generativeAi?? || g.sharingNudes??>
## Artificial intelligence

<#if g.generativeAi??>
<@clause id="new-ai-tools" source="policygen" meets="generativeAi">
- I will not start using a new AI tool for my work<#if !m.earlyYearsSetting()>, or with ${w.children},</#if> until the ${w.setting} has approved it.
</@clause>
</#if>
<#if g.sharingNudes??>
<@clause id="ai-images" source="policygen" meets="sharingNudes">
- I will not use AI or any other tool to make or change images, video or audio of ${w.children}, colleagues or families in a way that is sexual, harmful, humiliating or misleading, and I will report any such content I see, including any of me, to the DSL or the ${w.leader}.
</@clause>
</#if>
</#if>
<#if !m.earlyYearsSetting() && g.mobilePhones??>

## My phone during the ${w.setting} day

<@clause id="phone-in-front" source="policygen" meets="mobilePhones">
- I will not use my personal mobile phone where ${w.children} can see it, unless ${m.staffPermission()} has given ${ld.writtenPermission()}permission, such as in an emergency.
</@clause>
</#if>
