<#-- Edition 2026.12, policygen's own wording: images made with AI, in the words of Key Stage 2 children.
     Added after the form's own statements. -->
<#if g.sharingNudes??>
## Pictures made with AI

<@clause id="ai-pictures" source="policygen" meets="sharingNudes">
- I never use AI or apps to make or change pictures, videos or voices of other people, and I never share them.
</@clause>
<@clause id="tell-ai-pictures" source="policygen" meets="sharingNudes">
- If I see a picture or video of someone I know that has been made or changed with AI, I tell a trusted adult straight away.
</@clause>
</#if>
