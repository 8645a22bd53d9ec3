package cn.fundrisk.dashboard;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a deployed process model as SVG from its diagram interchange (BPMNShape bounds, BPMNEdge
 * waypoints), with a red badge on every step where units stand. No script or external resource:
 * the dashboard inlines it. Uses the latest deployed version of the model.
 */
@Component
public class ProcessDiagram {

    static final int MARGIN = 20;

    private final RepositoryService repositoryService;

    public ProcessDiagram(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public BpmnModelInstance model(String processKey) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        return repositoryService.getBpmnModelInstance(definition.getId());
    }

    /** The name of a model element (its id when it has none). */
    public static String name(BpmnModelInstance model, String id) {
        if (model.getModelElementById(id) instanceof FlowElement element && element.getName() != null) {
            return element.getName().replaceAll("\\s+", "");
        }
        return id;
    }

    public String svg(String processKey, Map<String, Long> counts) {
        BpmnModelInstance model = model(processKey);
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        double maxX = 0;
        double maxY = 0;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight());
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn\" viewBox=\"%.0f %.0f %.0f %.0f\""
                + " role=\"img\" aria-label=\"单位工作流程图\" font-family=\"sans-serif\" font-size=\"12\">",
                minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#52606d\"/></marker></defs>");
        shapes.stream().filter(s -> s.getBpmnElement() instanceof SubProcess).forEach(s -> shape(svg, s, model));
        for (BpmnEdge edge : edges) {
            StringBuilder points = new StringBuilder();
            for (Waypoint w : edge.getWaypoints()) {
                points.append(String.format(Locale.ROOT, "%.0f,%.0f ", w.getX(), w.getY()));
            }
            svg.append("<polyline points=\"").append(points.toString().strip())
                    .append("\" fill=\"none\" stroke=\"#52606d\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>");
        }
        shapes.stream().filter(s -> !(s.getBpmnElement() instanceof SubProcess)).forEach(s -> shape(svg, s, model));
        for (BpmnShape shape : shapes) {
            BaseElement element = shape.getBpmnElement();
            Long n = element == null ? null : counts.get(element.getId());
            if (n != null && n > 0) {
                Bounds b = shape.getBounds();
                double cx = b.getX() + b.getWidth() - 4;
                double cy = b.getY() + 4;
                svg.append(String.format(Locale.ROOT, "<g class=\"badge\" data-activity=\"%s\" data-count=\"%d\">"
                        + "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"13\" fill=\"#b3261e\"/><text x=\"%.0f\" y=\"%.0f\""
                        + " text-anchor=\"middle\" fill=\"#fff\" font-weight=\"bold\">%d</text>"
                        + "<title>%s：%d 个单位</title></g>", element.getId(), n, cx, cy, cx, cy + 4, n,
                        esc(name(model, element.getId())), n));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void shape(StringBuilder svg, BpmnShape shape, BpmnModelInstance model) {
        BaseElement element = shape.getBpmnElement();
        if (element == null) {
            return;
        }
        Bounds b = shape.getBounds();
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        String name = element instanceof FlowElement fe && fe.getName() != null ? fe.getName().replaceAll("\\s+", "") : "";
        svg.append("<g data-element=\"").append(esc(element.getId())).append("\">");
        if (element instanceof SubProcess) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\""
                    + " fill=\"#f8fafc\" stroke=\"#7b8794\" stroke-dasharray=\"%s\"/>", x, y, w, h,
                    ((SubProcess) element).triggeredByEvent() ? "4 3" : "none"));
            svg.append(text(x + 8, y + 16, name, "start"));
        } else if (element instanceof Event) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"#fff\""
                    + " stroke=\"#3e4c59\" stroke-width=\"1.5\"/>", x + w / 2, y + h / 2, w / 2));
            label(svg, shape, name);
        } else if (element instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\""
                    + " fill=\"#fff\" stroke=\"#3e4c59\" stroke-width=\"1.5\"/>", x + w / 2, y, x + w, y + h / 2,
                    x + w / 2, y + h, x, y + h / 2));
            label(svg, shape, name);
        } else if (element instanceof FlowElement) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"8\""
                    + " fill=\"#fff\" stroke=\"#1d4f91\" stroke-width=\"1.5\"/>", x, y, w, h));
            int perLine = Math.max(4, (int) (w / 13));
            int lines = (name.length() + perLine - 1) / Math.max(1, perLine);
            double top = y + h / 2 - (lines - 1) * 7.5 + 4;
            for (int i = 0; i < lines; i++) {
                svg.append(text(x + w / 2, top + i * 15,
                        name.substring(i * perLine, Math.min(name.length(), (i + 1) * perLine)), "middle"));
            }
        }
        svg.append("</g>");
    }

    private static void label(StringBuilder svg, BpmnShape shape, String name) {
        if (name.isEmpty()) {
            return;
        }
        Bounds b = shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null
                ? shape.getBpmnLabel().getBounds() : shape.getBounds();
        double y = shape.getBpmnLabel() != null ? b.getY() + 11 : b.getY() + b.getHeight() + 14;
        svg.append(text(b.getX() + b.getWidth() / 2, y, name, "middle").replace("<text ", "<text font-size=\"10\" "));
    }

    private static String text(double x, double y, String text, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"%s\" fill=\"#1f2933\">%s</text>",
                x, y, anchor, esc(text));
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
