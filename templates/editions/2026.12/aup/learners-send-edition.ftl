<#-- Edition 2026.12, policygen's own wording: personal information and AI tools, one short idea, placed by the
     simplified form in its 'I am careful' list. -->
<#if g.generativeAi??>
<@clause id="ai-personal-information" source="policygen" meets="generativeAi">
- I do not put anyone's name or photo into an AI tool.
</@clause>
</#if>
