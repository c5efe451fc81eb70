<#-- Once, after the text of a policy or form that holds clauses of this project's own wording (marked †):
     what the mark means and which guidance those clauses meet. `cited` lists those editions, `what` is
     "policy" or "form", `edition` the model edition the school's documents are written from. -->
† Clauses marked † are policygen's own wording (model edition ${edition}), written to meet <#list cited as e>*${e.title}* (${e.year})<#if (e?index < cited?size - 2)>, <#elseif e?has_next> and </#if></#list>; the rest of this ${what} builds on The Education People's model templates.
