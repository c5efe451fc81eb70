<#-- Edition 2026.12, policygen's own wording: images made with AI and misinformation, in the words of
     secondary-age learners. Added after the form's own statements. -->
## AI, images and what I believe online

<#if g.sharingNudes??>
<@clause id="no-nudify" source="policygen" meets="sharingNudes">
- I will not use AI tools or ‘nudify’ apps to make or change images, video or audio of anyone in a way that is sexual, harmful, humiliating or misleading, and I will not share such content. I understand that making or sharing a nude or semi-nude image of another young person, even a fake one, is abuse and may be a crime.
</@clause>
<@clause id="report-ai-images" source="policygen" meets="sharingNudes">
- If I see an image like this, I will not pass it on, and I will tell the Designated Safeguarding Lead or another member of staff I trust.
</@clause>
</#if>
<@clause id="misinformation" source="policygen" meets="keepingChildrenSafe">
- I know that misinformation, disinformation and conspiracy theories spread online, and I check information with trusted sources before I believe it or share it.
</@clause>
