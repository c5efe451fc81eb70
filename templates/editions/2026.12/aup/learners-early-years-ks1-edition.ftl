<#-- Edition 2026.12, policygen's own wording: AI tools in the words of a young child, placed by the form in its
     'I stay safe' list. A school only: in an early years setting the children do not use AI tools (the
     policy's generative AI section is for staff there), so nothing is said. -->
<#if g.generativeAi?? && !m.earlyYearsSetting()>
<@clause id="ai-tools" source="policygen" meets="generativeAi">
- I only use AI tools, like chatbots, when an adult says I can.
</@clause>
<@clause id="ai-personal-information" source="policygen" meets="generativeAi">
- I do not tell an AI tool anyone's name or where they live.
</@clause>
</#if>
