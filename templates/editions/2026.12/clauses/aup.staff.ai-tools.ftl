<#-- Edition 2026.12 rewords the staff form's AI statement (aup.staff.ai-tools) as policygen's own, to say what
     the policy's 'Generative artificial intelligence (AI)' section says: the school's approved tools for the
     purposes approved, no personal data in a tool not approved for that use, and staff check what AI produces.
     A school whose guidance layer does not give that guidance keeps the model's statement. -->
<#if g.generativeAi??>
<@clause id="ai-tools-approved" source="policygen" meets="generativeAi">
- I will respect copyright, only use AI tools the ${w.setting} has approved, for the purposes it has approved them for, and check anything they produce for accuracy and suitability before I use it.
</@clause>
<@clause id="ai-personal-data" source="policygen" meets="generativeAi">
- I will not enter personal data, such as names, images or any information about ${w.children}, families or colleagues, into an AI tool the ${w.setting} has not approved for that use.
</@clause>
<#else>
<@modelClause/>
</#if>
