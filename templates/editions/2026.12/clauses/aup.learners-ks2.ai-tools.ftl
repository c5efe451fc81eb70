<#-- Edition 2026.12 rewords the Key Stage 2 form's AI statement (aup.learners-ks2.ai-tools) as policygen's own, to
     say what the policy's 'Generative artificial intelligence (AI)' section says: approved tools only, when a
     teacher sets the task, and no one's personal information in any AI tool (as the policy asks of learners). A school
     whose guidance layer does not give that guidance keeps the model's statement. -->
<#if g.generativeAi??>
<@clause id="ai-tools-approved" source="policygen" meets="generativeAi">
- I only use AI tools, like chatbots, that the ${w.setting} has approved, and only when ${teacher} says I can.
</@clause>
<@clause id="ai-personal-information" source="policygen" meets="generativeAi">
- I never put anyone's personal information, like their name, photo or where they live, into an AI tool.
</@clause>
<#else>
<@modelClause/>
</#if>
