<#-- Edition 2026.12 rewords the Key Stage 3 and 4 form's AI statement (aup.learners-ks3-ks4.ai-tools) as
     policygen's own, to say what the policy's 'Generative artificial intelligence (AI)' section says: the
     school's approved tools only, for a task a member of staff has set, and no one's personal information in
     any AI tool (as the policy asks of learners). A school whose guidance layer does not give that guidance keeps the
     model's statement. -->
<#if g.generativeAi??>
<@clause id="ai-tools-approved" source="policygen" meets="generativeAi">
- I only use AI tools the ${w.setting} has approved, only for work a member of staff has set that allows it, and I never hand in AI's work as my own.
</@clause>
<@clause id="ai-personal-information" source="policygen" meets="generativeAi">
- I do not put anyone's personal information, such as names, photos or details about other ${w.children}, staff or families, into an AI tool.
</@clause>
<#else>
<@modelClause/>
</#if>
